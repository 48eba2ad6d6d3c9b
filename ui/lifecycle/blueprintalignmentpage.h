#pragma once

#include "lifecycle/lifecycle.h"

#include <QWidget>

class QPlainTextEdit;

namespace pa {

// The blueprint editor's "Alignment" tab: the research's autonomy-versus-alignment challenge
// made explicit (what the districts align on, what each keeps for itself) and the tools that
// carry the work across distance.
class BlueprintAlignmentPage final : public QWidget
{
    Q_OBJECT

public:
    explicit BlueprintAlignmentPage(QWidget *parent = nullptr);

    void load(const Blueprint &blueprint);
    void store(Blueprint &blueprint) const;

Q_SIGNALS:
    void edited();

private:
    QPlainTextEdit *m_aligned;
    QPlainTextEdit *m_local;
    QPlainTextEdit *m_tools;
    Blueprint m_loaded; // its texts, kept as written while their items stay the same
};

} // namespace pa
