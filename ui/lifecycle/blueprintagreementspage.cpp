#include "blueprintagreementspage.h"

#include "blueprinttable.h"
#include "optionaldatedelegate.h"
#include "uitext.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pa {

namespace {

enum AgreementColumn {
    AgreementKind,
    AgreementTitle,
    AgreementSigned,
    AgreementSigners,
    AgreementNotes
};

} // namespace

BlueprintAgreementsPage::BlueprintAgreementsPage(QWidget *parent)
    : QWidget(parent)
    , m_agreements(new BlueprintTable(
          {tr("Kind"), tr("Title"), tr("Signed on"), tr("Signed by"), tr("Notes")},
          tr("Add Agreement"), this))
{
    m_agreements->setObjectName(QStringLiteral("blueprintAgreements"));
    QTableWidget *table = m_agreements->table();
    table->setItemDelegateForColumn(AgreementSigned, new OptionalDateDelegate(table));
    table->horizontalHeader()->setSectionResizeMode(AgreementTitle, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(AgreementSigners, QHeaderView::Stretch);
    table->horizontalHeader()->setStretchLastSection(false);
    table->setColumnWidth(AgreementKind, 110);
    table->setColumnWidth(AgreementSigned, 100);
    table->setColumnWidth(AgreementNotes, 200);
    auto *hint = new QLabel(tr("An agreement without a date is not signed yet."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_agreements, 1);
    layout->addWidget(hint);
    connect(m_agreements, &BlueprintTable::edited, this, &BlueprintAgreementsPage::edited);
    connect(m_agreements, &BlueprintTable::rowAdded, this,
            [this](int row) { m_agreements->setCell(row, AgreementKind, QStringLiteral("MOU")); });
}

void BlueprintAgreementsPage::load(const Blueprint &blueprint)
{
    m_agreements->clearRows();
    for (const Agreement &a : blueprint.agreements) {
        const int row = m_agreements->appendRow(a.id);
        m_agreements->setCell(row, AgreementKind, a.kind);
        m_agreements->setCell(row, AgreementTitle, a.title);
        m_agreements->setCell(row, AgreementSigned, dateText(a.signedOn), a.signedOn);
        m_agreements->setCell(row, AgreementSigners, a.signedBy);
        m_agreements->setCell(row, AgreementNotes, a.notes);
    }
}

void BlueprintAgreementsPage::store(Blueprint &blueprint) const
{
    blueprint.agreements.clear();
    for (int row = 0; row < m_agreements->table()->rowCount(); ++row) {
        if (m_agreements->isRowBlank(row))
            continue;
        Agreement a;
        a.id = m_agreements->rowId(row);
        a.kind = m_agreements->text(row, AgreementKind);
        a.title = m_agreements->text(row, AgreementTitle);
        a.signedOn = m_agreements->value(row, AgreementSigned).toDate();
        a.signedBy = m_agreements->text(row, AgreementSigners);
        a.notes = m_agreements->text(row, AgreementNotes);
        blueprint.agreements << a;
    }
}

QStringList BlueprintAgreementsPage::problems() const
{
    QStringList problems;
    for (int row = 0; row < m_agreements->table()->rowCount(); ++row) {
        QString problem;
        if (!m_agreements->isRowBlank(row) && m_agreements->text(row, AgreementTitle).isEmpty())
            problem = tr("Agreement %1 needs a title.").arg(row + 1);
        m_agreements->setProblem(row, AgreementTitle, problem);
        if (!problem.isEmpty())
            problems << problem;
    }
    return problems;
}

} // namespace pa
