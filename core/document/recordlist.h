#pragma once

#include "domain/ids.h"

#include <QList>

#include <algorithm>

namespace pa {

// A list of records kept sorted by id, so that a record's row is stable and found by binary
// search. Rows are what item models show.
template<typename Record> class RecordList
{
public:
    RecordList() = default;
    explicit RecordList(QList<Record> records)
        : m_records(std::move(records))
    {
        std::sort(m_records.begin(), m_records.end(),
                  [](const Record &a, const Record &b) { return a.id < b.id; });
    }

    const QList<Record> &all() const { return m_records; }
    qsizetype size() const { return m_records.size(); }
    const Record &at(qsizetype row) const { return m_records.at(row); }

    // The row of the record with this id, or -1.
    qsizetype row(Id id) const
    {
        const auto it = lowerBound(id);
        return it != m_records.cend() && it->id == id ? it - m_records.cbegin() : -1;
    }

    const Record *find(Id id) const
    {
        const qsizetype r = row(id);
        return r < 0 ? nullptr : &m_records.at(r);
    }

    // The row a record with this id takes when inserted.
    qsizetype insertionRow(Id id) const { return lowerBound(id) - m_records.cbegin(); }

    void insert(const Record &record) { m_records.insert(insertionRow(record.id), record); }
    void removeAt(qsizetype row) { m_records.removeAt(row); }
    void replace(qsizetype row, const Record &record) { m_records[row] = record; }

private:
    typename QList<Record>::const_iterator lowerBound(Id id) const
    {
        return std::lower_bound(m_records.cbegin(), m_records.cend(), id,
                                [](const Record &record, Id value) { return record.id < value; });
    }

    QList<Record> m_records;
};

} // namespace pa
