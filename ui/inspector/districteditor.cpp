#include "districteditor.h"

#include "dialogs/dialogs.h"
#include "docks/districtform.h"
#include "document/atlasdocument.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace pa {

DistrictEditor::DistrictEditor(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_form(new DistrictForm(this))
    , m_problems(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_applyButton(new QPushButton(tr("Apply"), this))
    , m_revertButton(new QPushButton(tr("Revert"), this))
    , m_apply(new QAction(tr("&Apply District Changes"), this))
    , m_revert(new QAction(tr("Re&vert District Changes"), this))
{
    setObjectName(QStringLiteral("districtEditor"));
    m_placeholder->setText(tr("Select a district to see and edit its profile."));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setMargin(24);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    for (QLabel *label : {m_problems, m_notice}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->hide();
    }
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_notice->setObjectName(QStringLiteral("noticeLabel"));

    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setDefault(true);
    m_applyButton->setToolTip(tr("Write the changes to the atlas (Ctrl+Return); Undo takes them "
                                 "back"));
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_revertButton->setToolTip(tr("Show the stored profile again"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_applyButton);

    auto *editor = new QWidget(this);
    auto *layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_notice);
    layout->addWidget(m_problems);
    layout->addLayout(buttons);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(editor);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_apply->setObjectName(QStringLiteral("actionApplyDistrict"));
    m_apply->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_revert->setObjectName(QStringLiteral("actionRevertDistrict"));
    connect(m_apply, &QAction::triggered, this, &DistrictEditor::apply);
    connect(m_revert, &QAction::triggered, this, &DistrictEditor::revert);
    connect(m_applyButton, &QPushButton::clicked, this, &DistrictEditor::apply);
    connect(m_revertButton, &QPushButton::clicked, this, &DistrictEditor::revert);
    connect(m_form, &DistrictForm::edited, this, &DistrictEditor::updateState);
    updateState();
}

void DistrictEditor::setDocument(AtlasDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_districtId = 0;
    if (document) {
        m_form->setVocabulary(document->needs());
        m_form->setReadOnly(document->isReadOnly());
        connect(document, &AtlasDocument::needsChanged, this,
                [this] { m_form->setVocabulary(m_document->needs()); });
        connect(document, &AtlasDocument::districtChanged, this, [this](int row) {
            if (m_document->districts().at(row).id == m_districtId)
                storedDistrictChanged();
        });
        // Removal, a re-read of the file, or undoing the district's creation.
        connect(document, &AtlasDocument::changed, this, [this] {
            if (m_districtId != 0 && !m_document->district(m_districtId))
                setDistrictId(0);
        });
        connect(document, &AtlasDocument::resetDone, this, &DistrictEditor::showDistrict);
    }
    showDistrict();
}

void DistrictEditor::setDistrictId(Id districtId)
{
    if (districtId == m_districtId)
        return;
    m_districtId = districtId;
    showDistrict();
}

void DistrictEditor::showDistrict()
{
    const District *district = m_document ? m_document->district(m_districtId) : nullptr;
    m_notice->hide();
    if (!district) {
        m_districtId = 0;
        m_stack->setCurrentWidget(m_placeholder);
        m_form->setDistrict(District());
    } else {
        m_stack->setCurrentIndex(1);
        m_form->setDistrict(*district);
    }
    updateState();
}

bool DistrictEditor::isModified() const
{
    return m_districtId != 0 &&
           (m_form->district() != m_form->shownDistrict() || !m_form->newNeeds().isEmpty());
}

void DistrictEditor::storedDistrictChanged()
{
    if (m_applying)
        return;
    if (!isModified()) {
        showDistrict();
        return;
    }
    m_notice->setText(tr("This district was just changed elsewhere (a table edit or Undo). "
                         "Revert to see the stored profile, or Apply to keep yours."));
    m_notice->show();
}

bool DistrictEditor::apply()
{
    if (!m_document || !isModified())
        return true;
    if (!m_form->problems().isEmpty() || m_document->isReadOnly())
        return false;
    const District after = m_form->district();
    // Tags typed in become vocabulary entries with the label typed, in the same undo step.
    m_applying = true;
    const bool ok = m_document->editDistrict(after, m_form->newNeeds());
    m_applying = false;
    if (ok) {
        showDistrict();
        Q_EMIT statusMessage(tr("Saved the profile of %1.").arg(after.name));
    }
    updateState();
    return ok;
}

void DistrictEditor::revert()
{
    showDistrict();
}

bool DistrictEditor::finishEditing()
{
    if (!isModified())
        return true;
    const QStringList problems = m_form->problems();
    if (problems.isEmpty() && !m_document->isReadOnly())
        return apply();
    const auto answer =
        Dialogs::message(this, QMessageBox::Warning, tr("Unfinished district profile"),
                         tr("The changes to %1 cannot be saved yet:\n\n%2\n\nDiscard them?")
                             .arg(m_form->shownDistrict().name, problems.join(QLatin1Char('\n'))),
                         QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return false;
    revert();
    return true;
}

void DistrictEditor::updateState()
{
    const bool shown = m_districtId != 0;
    const bool writable = m_document && !m_document->isReadOnly();
    const bool modified = isModified();
    const QStringList problems = shown ? m_form->problems() : QStringList();
    if (shown) {
        const District &district = m_form->shownDistrict();
        m_title->setText(district.name);
        QStringList facts;
        if (!district.displayKey().isEmpty())
            facts << district.displayKey();
        if (!district.county.isEmpty())
            facts << tr("%1 County").arg(district.county);
        if (!writable)
            facts << tr("read-only");
        m_subtitle->setText(facts.join(QStringLiteral("  ·  ")));
    }
    m_problems->setText(problems.isEmpty()
                            ? QString()
                            : QStringLiteral("• ") + problems.join(QStringLiteral("\n• ")));
    m_problems->setVisible(!problems.isEmpty());
    if (!modified)
        m_notice->hide();
    m_apply->setEnabled(shown && writable && modified && problems.isEmpty());
    m_revert->setEnabled(shown && modified);
    m_applyButton->setEnabled(m_apply->isEnabled());
    m_revertButton->setEnabled(m_revert->isEnabled());
    m_applyButton->setVisible(writable);
    m_revertButton->setVisible(writable);
}

} // namespace pa
