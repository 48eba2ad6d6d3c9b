#include "guitestsupport.h"

#include <QMutex>
#include <QUndoStack>

#include <cstring>

namespace pa::test {

namespace {

QMutex modelMessagesMutex;
QStringList *modelMessages = nullptr;
QtMessageHandler previousModelHandler = nullptr;

void collectModelMessage(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    {
        QMutexLocker lock(&modelMessagesMutex);
        if (modelMessages && type != QtDebugMsg && type != QtInfoMsg && context.category &&
            std::strcmp(context.category, "qt.modeltest") == 0) {
            modelMessages->append(text);
            return;
        }
    }
    if (previousModelHandler)
        previousModelHandler(type, context, text);
}

District smallDistrict(const char *name, const char *cdCode, const QStringList &needs,
                       int enrollment)
{
    District district;
    district.name = QString::fromUtf8(name);
    district.cdCode = QString::fromLatin1(cdCode);
    district.county = QStringLiteral("Fresno");
    district.type = DistrictType::Unified;
    district.locale = Locale::Suburb;
    district.enrollment = enrollment;
    district.latitude = 36.74;
    district.longitude = -119.78;
    district.needs = needs;
    district.readiness = 3;
    return district;
}

} // namespace

ModelTesterMessages::ModelTesterMessages()
{
    QMutexLocker lock(&modelMessagesMutex);
    modelMessages = new QStringList;
    previousModelHandler = qInstallMessageHandler(collectModelMessage);
}

ModelTesterMessages::~ModelTesterMessages()
{
    qInstallMessageHandler(previousModelHandler);
    QMutexLocker lock(&modelMessagesMutex);
    delete modelMessages;
    modelMessages = nullptr;
}

QStringList ModelTesterMessages::messages() const
{
    QMutexLocker lock(&modelMessagesMutex);
    return modelMessages ? *modelMessages : QStringList();
}

SmallAtlas fillSmallAtlas(AtlasDocument &document)
{
    SmallAtlas atlas;
    atlas.fresno = document.addDistrict(
        smallDistrict("Fresno Unified", "1062166", {QStringLiteral("early-literacy")}, 69668));
    atlas.clovis = document.addDistrict(
        smallDistrict("Clovis Unified", "1062117", {QStringLiteral("math-achievement")}, 42802));
    atlas.sanger = document.addDistrict(
        smallDistrict("Sanger Unified", "1062349", {QStringLiteral("early-literacy")}, 12000));

    Facilitator rivera;
    rivera.name = QStringLiteral("Ana Rivera");
    rivera.organization = QStringLiteral("Fresno County Office of Education");
    rivera.homeBase = QStringLiteral("Fresno, CA");
    rivera.capacity = 1;
    rivera.expertise = {QStringLiteral("early-literacy")};
    atlas.rivera = document.addFacilitator(rivera);
    Facilitator okafor;
    okafor.name = QStringLiteral("Sam Okafor");
    okafor.organization = QStringLiteral("WestEd");
    okafor.capacity = 2;
    atlas.okafor = document.addFacilitator(okafor);

    Partnership valley;
    valley.name = QStringLiteral("Valley Literacy");
    valley.status = PartnershipStatus::Active;
    valley.focus = {QStringLiteral("early-literacy")};
    atlas.valley = document.addPartnership(valley, {atlas.fresno, atlas.clovis});
    for (const Membership &membership : document.members(atlas.valley))
        if (membership.districtId == atlas.fresno)
            atlas.fresnoInValley = membership.id;
    document.assignFacilitator(atlas.valley, atlas.rivera);
    document.undoStack()->clear();
    return atlas;
}

std::unique_ptr<AtlasDocument> reopen(const QString &path)
{
    return AtlasDocument::open(path, AtlasStore::Access::ReadOnly);
}

QString cellText(const QAbstractItemModel &model, int row, int column, const QModelIndex &parent)
{
    return model.index(row, column, parent).data().toString();
}

} // namespace pa::test
