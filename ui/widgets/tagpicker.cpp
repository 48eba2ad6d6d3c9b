#include "tagpicker.h"

#include "uitext.h"

#include <QFont>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace pa {

namespace {

constexpr int tagItemRole = Qt::UserRole;

} // namespace

TagPicker::TagPicker(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_addField(new QLineEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_list);
    layout->addWidget(m_addField);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_addField->setPlaceholderText(tr("Add another tag…"));
    m_addField->setToolTip(tr("Type a tag that is not in the list and press Enter"));
    m_addField->setClearButtonEnabled(true);
    setVisibleRows(6);
    connect(m_list, &QListWidget::itemChanged, this, &TagPicker::itemChanged);
    connect(m_addField, &QLineEdit::returnPressed, this, &TagPicker::addFromField);
}

void TagPicker::setVisibleRows(int rows)
{
    const int rowHeight = m_list->fontMetrics().height() + 6;
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth());
}

void TagPicker::setVocabulary(const QList<NeedTag> &needs)
{
    m_vocabulary = needs;
    m_newNeeds.removeIf([&needs](const NeedTag &added) {
        return std::any_of(needs.cbegin(), needs.cend(),
                           [&added](const NeedTag &n) { return n.tag == added.tag; });
    });
    rebuild();
}

void TagPicker::setTags(const QStringList &tags)
{
    m_tags = tags;
    m_newNeeds.clear();
    rebuild();
}

QList<NeedTag> TagPicker::newNeeds() const
{
    QList<NeedTag> chosen;
    for (const NeedTag &need : m_newNeeds)
        if (m_tags.contains(need.tag))
            chosen << need;
    return chosen;
}

void TagPicker::setAllowNewTags(bool allow)
{
    m_addField->setVisible(allow);
}

void TagPicker::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_addField->setEnabled(!readOnly);
    rebuild();
}

void TagPicker::rebuild()
{
    m_rebuilding = true;
    m_list->clear();
    const auto addHeader = [this](const QString &title) {
        auto *header = new QListWidgetItem(title, m_list);
        header->setFlags(Qt::ItemIsEnabled);
        QFont font = m_list->font();
        font.setBold(true);
        header->setFont(font);
    };
    const auto labelOf = [this](const QString &tag) {
        for (const NeedTag &need : std::as_const(m_vocabulary))
            if (need.tag == tag)
                return need.label;
        for (const NeedTag &need : std::as_const(m_newNeeds))
            if (need.tag == tag)
                return need.label;
        return tag;
    };
    // The chosen tags first, in their order, so a record's tags show without scrolling; the
    // rest of the vocabulary below, by category. Ticking one there does not move it.
    if (!m_tags.isEmpty())
        addHeader(tr("Chosen"));
    for (const QString &tag : std::as_const(m_tags)) {
        const QString label = labelOf(tag);
        addTagItem(tag, label, label == tag ? QString() : tag);
    }
    QString category;
    for (const NeedTag &need : std::as_const(m_vocabulary)) {
        if (m_tags.contains(need.tag))
            continue;
        const QString needCategory = need.category.isEmpty() ? tr("Other") : need.category;
        if (needCategory != category) {
            category = needCategory;
            addHeader(category);
        }
        addTagItem(need.tag, need.label, need.label == need.tag ? QString() : need.tag);
    }
    m_list->scrollToTop();
    m_rebuilding = false;
}

QListWidgetItem *TagPicker::addTagItem(const QString &tag, const QString &label,
                                       const QString &toolTip)
{
    auto *item = new QListWidgetItem(label, m_list);
    item->setData(tagItemRole, tag);
    item->setToolTip(toolTip.isEmpty() ? label : tr("%1 (%2)").arg(label, toolTip));
    item->setFlags(m_readOnly ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(m_tags.contains(tag) ? Qt::Checked : Qt::Unchecked);
    return item;
}

void TagPicker::itemChanged(QListWidgetItem *item)
{
    if (m_rebuilding)
        return;
    const QString tag = item->data(tagItemRole).toString();
    const bool checked = item->checkState() == Qt::Checked;
    if (checked == m_tags.contains(tag))
        return;
    if (checked)
        m_tags << tag;
    else
        m_tags.removeAll(tag);
    Q_EMIT tagsChanged();
}

void TagPicker::addTag(const QString &labelOrTag)
{
    const QString text = labelOrTag.trimmed();
    const QString tag = tagFromText(text);
    if (tag.isEmpty() || m_readOnly)
        return;
    // A label or tag the vocabulary already has checks that entry.
    QString existing;
    for (const NeedTag &need : std::as_const(m_vocabulary))
        if (need.tag == tag || need.label.compare(text, Qt::CaseInsensitive) == 0)
            existing = need.tag;
    const QString chosen = existing.isEmpty() ? tag : existing;
    if (existing.isEmpty() && std::none_of(m_newNeeds.cbegin(), m_newNeeds.cend(),
                                           [&tag](const NeedTag &n) { return n.tag == tag; }))
        m_newNeeds << NeedTag{tag, text, tr("Other"), false};
    if (!m_tags.contains(chosen))
        m_tags << chosen;
    rebuild();
    Q_EMIT tagsChanged();
}

void TagPicker::addFromField()
{
    addTag(m_addField->text());
    m_addField->clear();
}

} // namespace pa
