#include "blueprinttemplates.h"

#include <QCoreApplication>

namespace pa {

namespace {

QString templateTr(const char *text)
{
    return QCoreApplication::translate("pa::templates", text);
}

MeetingBody templateBody(const char *name, BodyKind kind, int perYear, MeetingMode mode,
                         QStringList levels)
{
    MeetingBody body;
    body.name = templateTr(name);
    body.kind = kind;
    body.meetingsPerYear = perYear;
    body.mode = mode;
    body.levels = std::move(levels);
    return body;
}

BlueprintGoal templateGoal(const char *goal, const char *measure, const char *accountable)
{
    return {0, templateTr(goal), templateTr(measure), templateTr(accountable), {}};
}

Agreement templateAgreement(const char *kind, const char *title, const char *signers)
{
    Agreement a;
    a.kind = QString::fromLatin1(kind);
    a.title = templateTr(title);
    a.notes = templateTr(signers);
    return a;
}

const QString templateSuper = QStringLiteral("superintendent");
const QString templateCabinet = QStringLiteral("cabinet");
const QString templatePrincipal = QStringLiteral("principal");
const QString templateTeacher = QStringLiteral("teacher-lead");
const QString templateStaff = QStringLiteral("staff");

BlueprintTemplate templateCore()
{
    BlueprintTemplate t;
    t.key = QStringLiteral("core");
    t.name = templateTr("Steering committee and working groups (as at CORE)");
    t.summary = templateTr("superintendent steering committee quarterly, staff working groups "
                           "monthly");
    Blueprint &b = t.blueprint;
    b.governance = templateTr("A steering committee of the member superintendents meets "
                              "quarterly and decides by consensus; cabinet-level working groups "
                              "meet monthly and bring recommendations to the committee.");
    b.alignment = templateTr("Shared measures of success and their definitions\nA common data "
                             "calendar\nProtocols for school-to-school visits");
    b.localAutonomy = templateTr("Curriculum adoption\nStaffing and budgets\nLCAP actions");
    b.distanceTools = templateTr("Video meetings for working groups; a shared drive; a shared "
                                 "data dashboard.");
    b.bodies = {templateBody("Superintendent steering committee", BodyKind::Steering, 4,
                             MeetingMode::Hybrid, {templateSuper, templateCabinet}),
                templateBody("Working group", BodyKind::WorkingGroup, 12, MeetingMode::Virtual,
                             {templateCabinet, templatePrincipal, templateStaff})};
    b.goals = {templateGoal("Agree on shared measures of success for the focus need",
                            "Measures adopted by every member board", "Steering committee"),
               templateGoal("Improve the focus measure across member districts",
                            "Change in the shared measure against the baseline year",
                            "Working group"),
               templateGoal("Keep superintendents at the table",
                            "Superintendent attendance at steering meetings (target 80%)",
                            "Steering committee chair")};
    b.agreements = {templateAgreement("MOU", "Memorandum of understanding",
                                      "To be signed by every member superintendent"),
                    templateAgreement("data-sharing", "Data-sharing agreement",
                                      "To be signed by superintendents and district counsel")};
    return t;
}

BlueprintTemplate templateScaleUp()
{
    BlueprintTemplate t;
    t.key = QStringLiteral("scale-up");
    t.name = templateTr("Summits and leadership teams (as at SCALE Up)");
    t.summary = templateTr("superintendent summits twice a year, leadership teams monthly");
    Blueprint &b = t.blueprint;
    b.governance = templateTr("Superintendents meet at summits twice a year to set direction; "
                              "district leadership teams of cabinet members, principals and "
                              "teacher leads meet monthly to do the work.");
    b.alignment = templateTr("A shared improvement framework\nCommon assessments for the focus "
                             "need\nJoint professional learning");
    b.localAutonomy = templateTr("School-level plans\nMaterials and schedules\nStaffing");
    b.distanceTools = templateTr("Video meetings between summits; a shared online workspace.");
    b.bodies = {templateBody("Superintendent summit", BodyKind::Summit, 2, MeetingMode::InPerson,
                             {templateSuper, templateCabinet, templatePrincipal}),
                templateBody("Leadership team", BodyKind::Team, 12, MeetingMode::Hybrid,
                             {templateCabinet, templatePrincipal, templateTeacher})};
    b.goals = {templateGoal("Spread practices that work to every member school",
                            "Share of member schools using the shared practice", "Leadership team"),
               templateGoal("Improve outcomes on the focus need",
                            "Change in the common assessment against the baseline year",
                            "Superintendent summit")};
    b.agreements = {templateAgreement("MOU", "Partnership agreement",
                                      "To be signed by every member superintendent")};
    return t;
}

BlueprintTemplate templateFiveDistrict()
{
    BlueprintTemplate t;
    t.key = QStringLiteral("5dp");
    t.name = templateTr("Monthly superintendents (as at the Five District Partnership)");
    t.summary = templateTr("superintendents monthly");
    Blueprint &b = t.blueprint;
    b.governance = templateTr("The superintendents meet monthly, rotating the host district, "
                              "and assign the work to cross-district teams.");
    b.alignment = templateTr("An aligned curriculum and pacing\nCommon assessments\nRecords "
                             "that follow students who move between member districts");
    b.localAutonomy = templateTr("Hiring\nBudgets\nSchool calendars");
    b.distanceTools = templateTr("Districts close enough to meet in person; video as a fallback.");
    b.bodies = {templateBody("Superintendents", BodyKind::Steering, 12, MeetingMode::InPerson,
                             {templateSuper}),
                templateBody("Curriculum team", BodyKind::WorkingGroup, 6, MeetingMode::Hybrid,
                             {templateCabinet, templateTeacher})};
    b.goals = {templateGoal("Students who move between member districts keep their progress",
                            "Share of movers placed in the same unit within two weeks",
                            "Superintendents"),
               templateGoal("Align curriculum across member districts",
                            "Number of grades and subjects with a common pacing guide",
                            "Curriculum team")};
    b.agreements = {templateAgreement("MOU", "Partnership agreement",
                                      "To be signed by every member superintendent and board")};
    return t;
}

} // namespace

Blueprint BlueprintTemplate::instantiate(Id partnershipId) const
{
    Blueprint b = blueprint;
    b.partnershipId = partnershipId;
    return b;
}

QList<BlueprintTemplate> blueprintTemplates()
{
    return {templateCore(), templateScaleUp(), templateFiveDistrict()};
}

} // namespace pa
