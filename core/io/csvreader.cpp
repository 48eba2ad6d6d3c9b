#include "csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace pa {

namespace {

QString csvTr(const char *text)
{
    return QCoreApplication::translate("pa::import", text);
}

struct CsvUtf8Scan
{
    qsizetype firstInvalid = -1; // offset of the first byte that is not UTF-8
    bool sawMultibyte = false;   // a valid multi-byte sequence occurs before it
};

// Finds the first byte that is not part of a well-formed UTF-8 sequence.
CsvUtf8Scan csvScanUtf8(const QByteArray &bytes)
{
    CsvUtf8Scan scan;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        } else {
            scan.firstInvalid = i;
            return scan;
        }
        if (i + length > size) {
            scan.firstInvalid = i;
            return scan;
        }
        for (int k = 1; k < length; ++k) {
            const unsigned char next = data[i + k];
            const unsigned char lo = k == 1 ? low : 0x80;
            const unsigned char hi = k == 1 ? high : 0xBF;
            if (next < lo || next > hi) {
                scan.firstInvalid = i;
                return scan;
            }
        }
        scan.sawMultibyte = true;
        i += length;
    }
    return scan;
}

// Line, column and column name of a byte offset, for an encoding message. The delimiter is
// sniffed from the first line's bytes, which are ASCII in every header we know.
ImportIssue csvIssueAtByte(const QByteArray &bytes, qsizetype offset, const QString &fileName)
{
    ImportIssue issue;
    issue.file = fileName;
    const qsizetype lineStart = bytes.lastIndexOf('\n', offset - 1) + 1;
    issue.line = int(bytes.left(offset).count('\n')) + 1;
    qsizetype firstEnd = bytes.indexOf('\n');
    const QByteArray header = bytes.left(firstEnd < 0 ? bytes.size() : firstEnd);
    const QChar delimiter = CsvReader::sniffDelimiter(QString::fromLatin1(header));
    const char d = char(delimiter.unicode());
    issue.column = int(bytes.mid(lineStart, offset - lineStart).count(d)) + 1;
    const QList<QByteArray> names = header.split(d);
    if (issue.column - 1 < names.size())
        issue.columnName = QString::fromLatin1(names.at(issue.column - 1)).trimmed();
    return issue;
}

int csvCount(QStringView line, QChar what)
{
    int count = 0;
    bool quoted = false;
    for (QChar c : line) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == what)
            ++count;
    }
    return count;
}

} // namespace

QString ImportIssue::toString() const
{
    QString where = file;
    if (line > 0)
        where += csvTr(", line %1").arg(line);
    if (column > 0)
        where += columnName.isEmpty() ? csvTr(", column %1").arg(column)
                                      : csvTr(", column %1 (%2)").arg(column).arg(columnName);
    return where.isEmpty() ? message : QStringLiteral("%1: %2").arg(where, message);
}

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8WithBom:
        return csvTr("UTF-8 with byte-order mark");
    case TextEncoding::Latin1:
        return QStringLiteral("Latin-1");
    }
    return {};
}

QString delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char('\t'))
        return csvTr("tab");
    if (delimiter == QLatin1Char(','))
        return csvTr("comma");
    if (delimiter == QLatin1Char(';'))
        return csvTr("semicolon");
    return QStringLiteral("“%1”").arg(delimiter);
}

int CsvTable::columnOf(const QString &name) const
{
    for (int i = 0; i < header.size(); ++i)
        if (header.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

QChar CsvReader::sniffDelimiter(QStringView firstLine)
{
    const QChar candidates[] = {QLatin1Char('\t'), QLatin1Char(';'), QLatin1Char(',')};
    QChar best = QLatin1Char('\t');
    int bestCount = 0;
    for (QChar candidate : candidates) {
        const int count = csvCount(firstLine, candidate);
        if (count > bestCount) {
            best = candidate;
            bestCount = count;
        }
    }
    return best;
}

QStringView CsvReader::firstLine(QStringView text)
{
    qsizetype end = 0;
    while (end < text.size() && text.at(end) != QLatin1Char('\n') &&
           text.at(end) != QLatin1Char('\r'))
        ++end;
    return text.left(end);
}

bool CsvReader::decode(const QByteArray &bytes, const QString &fileName,
                       std::optional<TextEncoding> forced, QString &text, TextEncoding &encoding,
                       ImportIssue &issue, QStringList *notes)
{
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArray body = bom ? bytes.mid(3) : bytes;
    if (forced == TextEncoding::Latin1) {
        text = QString::fromLatin1(body);
        encoding = TextEncoding::Latin1;
        return true;
    }
    const CsvUtf8Scan scan = csvScanUtf8(body);
    if (scan.firstInvalid < 0) {
        text = QString::fromUtf8(body);
        encoding = bom ? TextEncoding::Utf8WithBom : TextEncoding::Utf8;
        return true;
    }
    const auto byteText = QStringLiteral("0x%1").arg(
        uint(static_cast<unsigned char>(body.at(scan.firstInvalid))), 2, 16, QLatin1Char('0'));
    if (bom || forced.has_value() || scan.sawMultibyte) {
        issue = csvIssueAtByte(body, scan.firstInvalid, fileName);
        issue.message =
            bom ? csvTr("byte %1 is not UTF-8, although the file starts with a UTF-8 byte-order "
                        "mark; expected UTF-8 throughout (save the file as UTF-8, or as Latin-1 "
                        "without the mark)")
                      .arg(byteText)
            : forced.has_value()
                ? csvTr("byte %1 is not UTF-8; expected UTF-8 text").arg(byteText)
                : csvTr("byte %1 is not UTF-8, but earlier lines are UTF-8; expected one "
                        "encoding for the whole file (save it as UTF-8)")
                      .arg(byteText);
        return false;
    }
    // No UTF-8 sequence anywhere before the first foreign byte: a Latin-1 (or Windows) file.
    text = QString::fromLatin1(body);
    encoding = TextEncoding::Latin1;
    if (notes) {
        const ImportIssue where = csvIssueAtByte(body, scan.firstInvalid, fileName);
        *notes << csvTr("%1 is not UTF-8 (byte %2 on line %3); it was read as Latin-1.")
                      .arg(fileName, byteText)
                      .arg(where.line);
    }
    return true;
}

bool CsvReader::readFile(const QString &path, const CsvOptions &options, CsvTable &table,
                         ImportIssue &issue)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        issue = {name, 0, 0, {}, csvTr("cannot be read: %1").arg(file.errorString())};
        return false;
    }
    return parse(file.readAll(), name, options, table, issue);
}

bool CsvReader::parse(const QByteArray &bytes, const QString &fileName, const CsvOptions &options,
                      CsvTable &table, ImportIssue &issue)
{
    table = CsvTable{};
    table.fileName = fileName;
    QString text;
    if (!decode(bytes, fileName, options.encoding, text, table.encoding, issue, &table.notes))
        return false;
    const auto fail = [&](int line, int column, const QString &message) {
        issue = ImportIssue{fileName, line, column, {}, message};
        if (column > 0 && column <= table.header.size())
            issue.columnName = table.header.at(column - 1);
        return false;
    };
    if (text.trimmed().isEmpty())
        return fail(0, 0, csvTr("the file is empty; expected a header line and rows below it"));

    const QChar sniffed = sniffDelimiter(firstLine(text));
    const QChar delimiter = options.delimiter.isNull() ? sniffed : options.delimiter;
    table.delimiter = delimiter;
    const bool rfc = options.quotes == QuoteMode::Rfc4180;

    const QChar *data = text.constData();
    const qsizetype size = text.size();
    qsizetype pos = 0;
    int line = 1;
    QList<CsvRecord> records;
    QString field;
    while (pos < size) {
        CsvRecord record;
        record.line = line;
        for (;;) {
            field.clear();
            if (rfc && pos < size && data[pos] == QLatin1Char('"')) {
                const int quoteLine = line;
                ++pos;
                for (;;) {
                    if (pos >= size)
                        return fail(quoteLine, int(record.fields.size()) + 1,
                                    csvTr("a quoted field opens here but its closing quote never "
                                          "comes; expected \" to end the field (a quote inside a "
                                          "field is written twice: \"\")"));
                    const QChar c = data[pos];
                    if (c == QLatin1Char('"')) {
                        if (pos + 1 < size && data[pos + 1] == QLatin1Char('"')) {
                            field += c;
                            pos += 2;
                            continue;
                        }
                        ++pos;
                        break;
                    }
                    if (c == QLatin1Char('\n'))
                        ++line;
                    field += c;
                    ++pos;
                }
            }
            // Unquoted text, or what follows a closing quote up to the delimiter.
            const qsizetype start = pos;
            while (pos < size && data[pos] != delimiter && data[pos] != QLatin1Char('\n') &&
                   data[pos] != QLatin1Char('\r'))
                ++pos;
            field.append(data + start, pos - start);
            record.fields << field;
            if (pos < size && data[pos] == delimiter) {
                ++pos;
                continue;
            }
            if (pos < size && data[pos] == QLatin1Char('\r'))
                ++pos;
            if (pos < size && data[pos] == QLatin1Char('\n'))
                ++pos;
            ++line;
            break;
        }
        const bool blank = record.fields.size() == 1 && record.fields.first().trimmed().isEmpty();
        if (!blank)
            records << std::move(record);
    }
    if (records.isEmpty())
        return fail(0, 0, csvTr("the file is empty; expected a header line and rows below it"));

    table.headerLine = records.first().line;
    for (const QString &name : std::as_const(records.first().fields))
        table.header << name.trimmed();
    records.removeFirst();
    const int columns = int(table.header.size());
    if (columns == 1 && !options.delimiter.isNull() && sniffed != delimiter)
        return fail(table.headerLine, 0,
                    csvTr("line %1 has 1 column; expected %2-separated columns, but the line "
                          "looks %3-separated")
                        .arg(table.headerLine)
                        .arg(delimiterName(delimiter), delimiterName(sniffed)));
    if (records.isEmpty())
        return fail(table.headerLine, 0,
                    csvTr("the file has a header but no rows below it; expected at least one "
                          "row to import"));
    for (qsizetype i = 0; i < records.size(); ++i) {
        const CsvRecord &record = records.at(i);
        const int count = int(record.fields.size());
        if (count == columns)
            continue;
        const bool last = i == records.size() - 1;
        if (count < columns && last)
            return fail(record.line, count + 1,
                        csvTr("line %1 ends after %2 of the %3 columns; the file looks cut off "
                              "(truncated). Expected %3 %4-separated columns as in the header")
                            .arg(record.line)
                            .arg(count)
                            .arg(columns)
                            .arg(delimiterName(delimiter)));
        if (count < columns)
            return fail(record.line, count + 1,
                        csvTr("line %1 has %2 columns; expected %3 %4-separated columns as in "
                              "the header")
                            .arg(record.line)
                            .arg(count)
                            .arg(columns)
                            .arg(delimiterName(delimiter)));
        return fail(record.line, columns + 1,
                    csvTr("line %1 has %2 columns; expected %3 %4-separated columns as in the "
                          "header (a stray %4 or quote?)")
                        .arg(record.line)
                        .arg(count)
                        .arg(columns)
                        .arg(delimiterName(delimiter)));
    }
    table.records = std::move(records);
    return true;
}

} // namespace pa
