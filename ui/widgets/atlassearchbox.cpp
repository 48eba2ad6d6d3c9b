#include "atlassearchbox.h"

#include "uitext.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QStandardItemModel>
#include <QTimer>

namespace pa {

namespace {

enum SuggestionRole { NameRole = Qt::UserRole + 1, KindDataRole, IdDataRole };

// The rank of a match of query in text (both folded), or -1.
int matchRank(const QString &text, const QString &query)
{
    if (text.isEmpty())
        return -1;
    if (text.startsWith(query))
        return text.size() == query.size() ? 0 : 1;
    const qsizetype at = text.indexOf(query);
    if (at < 0)
        return -1;
    const QChar before = text.at(at - 1);
    return before.isLetterOrNumber() ? 3 : 2; // a word starts there, or only inside a word
}

QString kindLabel(AtlasSelection::Kind kind)
{
    switch (kind) {
    case AtlasSelection::Kind::District:
        return QCoreApplication::translate("AtlasSearch", "District");
    case AtlasSelection::Kind::Facilitator:
        return QCoreApplication::translate("AtlasSearch", "Facilitator");
    case AtlasSelection::Kind::Partnership:
        return QCoreApplication::translate("AtlasSearch", "Partnership");
    case AtlasSelection::Kind::None:
        break;
    }
    return {};
}

} // namespace

QString AtlasSearch::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            folded += c;
    return folded.toCaseFolded().simplified();
}

QList<AtlasSearch::Hit> AtlasSearch::find(const AtlasDocument &document, const QString &query,
                                          int limit)
{
    const QString q = fold(query);
    QList<Hit> hits;
    if (q.isEmpty())
        return hits;
    using Kind = AtlasSelection::Kind;
    const auto consider = [&](Kind kind, Id id, const QString &name, const QStringList &codes,
                              const QString &detail) {
        int rank = matchRank(fold(name), q);
        for (const QString &code : codes) {
            const int codeRank = code.isEmpty() ? -1 : matchRank(fold(code), q);
            if (codeRank >= 0 && (rank < 0 || codeRank < rank))
                rank = codeRank;
        }
        if (rank >= 0)
            hits.push_back({kind, id, name, detail, rank});
    };
    for (const Partnership &p : document.partnerships().all())
        consider(Kind::Partnership, p.id, p.name, {}, kindLabel(Kind::Partnership));
    for (const Facilitator &f : document.facilitators().all())
        consider(Kind::Facilitator, f.id, f.name, {},
                 f.organization.isEmpty()
                     ? kindLabel(Kind::Facilitator)
                     : QStringLiteral("%1 · %2").arg(kindLabel(Kind::Facilitator), f.organization));
    for (const District &d : document.districts().all()) {
        QStringList detail{kindLabel(Kind::District)};
        if (!d.displayKey().isEmpty())
            detail << d.displayKey();
        if (!d.county.isEmpty())
            detail << QCoreApplication::translate("AtlasSearch", "%1 County").arg(d.county);
        consider(Kind::District, d.id, d.name, {d.cdCode, d.externalKey, d.ncesId},
                 detail.join(QStringLiteral(" · ")));
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

AtlasSearchBox::AtlasSearchBox(QWidget *parent)
    : QLineEdit(parent)
    , m_suggestions(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("atlasSearch"));
    setPlaceholderText(tr("Find a district, facilitator or partnership (Ctrl+F)"));
    setClearButtonEnabled(true);
    auto *completer = new QCompleter(m_suggestions, this);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCompletionRole(NameRole);
    completer->setMaxVisibleItems(12);
    setCompleter(completer);
    // Enter with no suggestion highlighted takes the best match (the completer would only close
    // its popup). Installed after the completer's own filter, so it runs first.
    completer->popup()->installEventFilter(this);
    connect(this, &QLineEdit::textEdited, this, &AtlasSearchBox::updateSuggestions);
    connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &AtlasSearchBox::suggestionChosen);
    connect(this, &QLineEdit::returnPressed, this, &AtlasSearchBox::go);
}

bool AtlasSearchBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == completer()->popup() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) &&
            !completer()->popup()->currentIndex().isValid()) {
            completer()->popup()->hide();
            go();
            return true;
        }
    }
    return QLineEdit::eventFilter(watched, event);
}

void AtlasSearchBox::setDocument(AtlasDocument *document)
{
    m_document = document;
    m_suggestions->clear();
    clear();
    setEnabled(document != nullptr);
}

void AtlasSearchBox::setSelection(AtlasSelection *selection)
{
    m_selection = selection;
}

void AtlasSearchBox::updateSuggestions(const QString &text)
{
    m_suggestions->clear();
    if (!m_document)
        return;
    for (const AtlasSearch::Hit &hit : AtlasSearch::find(*m_document, text)) {
        auto *item = new QStandardItem(tr("%1   —   %2").arg(hit.name, hit.detail));
        item->setData(hit.name, NameRole);
        item->setData(int(hit.kind), KindDataRole);
        item->setData(hit.id, IdDataRole);
        item->setEditable(false);
        m_suggestions->appendRow(item);
    }
    completer()->complete();
}

void AtlasSearchBox::suggestionChosen(const QModelIndex &index)
{
    AtlasSearch::Hit hit;
    hit.kind = AtlasSelection::Kind(index.data(KindDataRole).toInt());
    hit.id = index.data(IdDataRole).toLongLong();
    hit.name = index.data(NameRole).toString();
    if (hit.id == 0)
        return;
    choose(hit);
}

bool AtlasSearchBox::go()
{
    const QString query = text().trimmed();
    if (query.isEmpty() || !m_document)
        return false;
    const QList<AtlasSearch::Hit> hits = AtlasSearch::find(*m_document, query, 1);
    if (hits.isEmpty()) {
        Q_EMIT statusMessage(tr("No district, facilitator or partnership matches “%1”").arg(query),
                             8000);
        return false;
    }
    choose(hits.first());
    return true;
}

void AtlasSearchBox::choose(const AtlasSearch::Hit &hit)
{
    if (completer()->popup())
        completer()->popup()->hide();
    if (!m_selection || m_justChosen == std::pair{hit.kind, hit.id})
        return;
    m_justChosen = {hit.kind, hit.id};
    QTimer::singleShot(0, this, [this] { m_justChosen = {AtlasSelection::Kind::None, 0}; });
    m_selection->select(hit.kind, hit.id);
    m_selection->requestCentre(hit.kind, hit.id);
    if (!hit.name.isEmpty() && text() != hit.name)
        setText(hit.name);
    Q_EMIT statusMessage(tr("%1 selected").arg(hit.name), 4000);
}

} // namespace pa
