#pragma once

#include "workbench/partnershipdrop.h"

#include <QString>

class QPoint;
class QWidget;

namespace pa::DropFeedback {

// What a drop would do, as the lines shown near the cursor: the action or why not, then each
// warning ("⚠ Ana Rivera would be over capacity (2 of 1 partnerships)").
QString text(const PartnershipDrop::Preview &preview);
// The same on one line, for the status bar.
QString line(const PartnershipDrop::Preview &preview);

// Shows the preview in a tooltip at the cursor (position in target's coordinates) and in the
// main window's status bar; hide() takes both away.
void show(QWidget *target, const QPoint &position, const PartnershipDrop::Preview &preview);
void hide(QWidget *target);

} // namespace pa::DropFeedback
