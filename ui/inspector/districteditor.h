#pragma once

#include "document/atlasdocument.h"
#include "domain/ids.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace pa {

class DistrictForm;

// The profile of the current district, as an editable form, shown by the inspector. Edits stay
// in the form until Apply (Ctrl+Return) turns them into one undoable editDistrict; Revert shows
// the stored profile again. Problems are listed as the user types, so Apply never surprises.
class DistrictEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit DistrictEditor(QWidget *parent = nullptr);

    void setDocument(AtlasDocument *document);
    void setDistrictId(Id districtId);
    Id districtId() const { return m_districtId; }

    DistrictForm *form() const { return m_form; }
    QAction *applyAction() const { return m_apply; }
    QAction *revertAction() const { return m_revert; }

    bool isModified() const;
    bool apply();
    void revert();
    // Call before the shown district goes away (another selection, another atlas, quitting):
    // applies valid pending edits and asks before discarding invalid ones. False: keep editing.
    bool finishEditing();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void showDistrict();
    void storedDistrictChanged();
    void updateState();

    QPointer<AtlasDocument> m_document;
    Id m_districtId = 0;
    bool m_applying = false;

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_title;
    QLabel *m_subtitle;
    DistrictForm *m_form;
    QLabel *m_problems;
    QLabel *m_notice;
    QPushButton *m_applyButton;
    QPushButton *m_revertButton;
    QAction *m_apply;
    QAction *m_revert;
};

} // namespace pa
