#pragma once

#include "domain/needtag.h"

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace pa {

// Picks need tags (a district's needs or strengths, a partnership's focus) from the atlas
// vocabulary: a checkable list grouped by category, so a coordinator sees every need there is,
// plus a field that adds a tag the vocabulary does not have yet. Keeps the order in which tags
// were chosen, so re-showing a record does not reorder (and seem to change) its tags.
class TagPicker final : public QWidget
{
    Q_OBJECT

public:
    explicit TagPicker(QWidget *parent = nullptr);

    void setVocabulary(const QList<NeedTag> &needs);
    void setTags(const QStringList &tags);
    QStringList tags() const { return m_tags; }
    // Tags typed into the add field that the vocabulary does not have, with the label typed.
    QList<NeedTag> newNeeds() const;
    void setAllowNewTags(bool allow);
    void setReadOnly(bool readOnly);
    void setVisibleRows(int rows);

    // Checks the tag as a user would (adds it as new when the vocabulary lacks it).
    void addTag(const QString &labelOrTag);

Q_SIGNALS:
    void tagsChanged();

private:
    void rebuild();
    QListWidgetItem *addTagItem(const QString &tag, const QString &label, const QString &toolTip);
    void itemChanged(QListWidgetItem *item);
    void addFromField();

    QListWidget *m_list;
    QLineEdit *m_addField;
    QList<NeedTag> m_vocabulary;
    QList<NeedTag> m_newNeeds;
    QStringList m_tags;
    bool m_readOnly = false;
    bool m_rebuilding = false;
};

} // namespace pa
