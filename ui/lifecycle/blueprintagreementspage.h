#pragma once

#include "lifecycle/lifecycle.h"

#include <QWidget>

namespace pa {

class BlueprintTable;

// The blueprint editor's "Agreements" tab: MOUs, data-sharing agreements and board
// resolutions, with the day they were signed and who signed them (superintendents, boards).
class BlueprintAgreementsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit BlueprintAgreementsPage(QWidget *parent = nullptr);

    void load(const Blueprint &blueprint);
    void store(Blueprint &blueprint) const;
    QStringList problems() const;
    BlueprintTable *agreements() const { return m_agreements; }

Q_SIGNALS:
    void edited();

private:
    BlueprintTable *m_agreements;
};

} // namespace pa
