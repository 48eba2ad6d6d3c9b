// suggest, groups, clusters and network: the matching engine from the command line.
#include "climatch.h"

#include "clitable.h"

#include "graph/clusters.h"
#include "graph/linkgraph.h"
#include "graph/network.h"
#include "graph/suggestions.h"
#include "store/storeerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace pa::cli {

namespace {

template<typename Record> const Record *matchFindById(const QList<Record> &records, Id id)
{
    const auto it = std::lower_bound(records.cbegin(), records.cend(), id,
                                     [](const Record &r, Id value) { return r.id < value; });
    return it != records.cend() && it->id == id ? &*it : nullptr;
}

const District *matchFindDistrict(const AtlasData &data, const QString &key)
{
    for (const District &d : data.districts)
        if (d.cdCode == key || d.externalKey.compare(key, Qt::CaseInsensitive) == 0)
            return &d;
    for (const District &d : data.districts)
        if (d.name.compare(key, Qt::CaseInsensitive) == 0)
            return &d;
    return nullptr;
}

void matchPrintJson(QTextStream &out, const QJsonValue &value)
{
    out << QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
}

QJsonArray matchReasonsJson(const Link &link)
{
    QJsonArray reasons;
    for (const LinkReason &reason : link.reasons)
        reasons.append(QJsonObject{{QStringLiteral("text"), reason.text},
                                   {QStringLiteral("points"), reason.points}});
    return reasons;
}

QJsonObject matchGroupJson(const AtlasData &data, const GroupCandidate &group)
{
    QJsonArray members;
    for (Id id : group.districts)
        members.append(districtRefJson(data, id));
    return {{QStringLiteral("need"), group.need},
            {QStringLiteral("score"), group.score},
            {QStringLiteral("spreadKm"), group.spreadKm},
            {QStringLiteral("districts"), members},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(group.reasons)}};
}

void matchPrintGroup(QTextStream &out, const AtlasData &data, int number,
                     const GroupCandidate &group)
{
    QStringList names;
    for (Id id : group.districts)
        names << districtLabel(data, id);
    out << number << ". " << names.join(QStringLiteral(", ")) << '\n'
        << "   "
        << cliTr("score %1, members within %2 km")
               .arg(QString::number(group.score, 'f', 1), QString::number(qRound(group.spreadKm)))
        << '\n';
    if (!group.reasons.isEmpty())
        out << "   " << group.reasons.join(QStringLiteral("; ")) << '\n';
}

} // namespace

std::optional<int> openMatchAtlas(const Invocation &call, AtlasStore::Access access,
                                  MatchAtlas &atlas)
{
    bool ok = true;
    double maxKm = 0;
    if (call.has("--max-km")) {
        maxKm = call.value("--max-km").toDouble(&ok);
        if (!ok || maxKm <= 0)
            return usageError(call.err,
                              cliTr("--max-km needs a distance in km greater than 0, got “%1”")
                                  .arg(call.value("--max-km")),
                              &call.command);
    }
    try {
        atlas.store = AtlasStore::open(call.arguments.at(0), access);
        atlas.data = atlas.store->loadAll();
        atlas.settings = LinkSettings::fromText(atlas.store->meta(LinkSettings::settingKey()));
    } catch (const StoreError &error) {
        return reportError(call.err, ExitCannotOpen, error.message());
    }
    if (maxKm > 0)
        atlas.settings.cutoffKm = maxKm;
    return std::nullopt;
}

const District *findDistrictById(const AtlasData &data, Id districtId)
{
    return matchFindById(data.districts, districtId);
}

const Facilitator *findFacilitatorById(const AtlasData &data, Id facilitatorId)
{
    return matchFindById(data.facilitators, facilitatorId);
}

const Partnership *findPartnershipById(const AtlasData &data, Id partnershipId)
{
    return matchFindById(data.partnerships, partnershipId);
}

QString districtLabel(const AtlasData &data, Id districtId)
{
    const District *d = findDistrictById(data, districtId);
    return d ? QStringLiteral("%1 (%2)").arg(d->name, d->displayKey())
             : QString::number(districtId);
}

QJsonObject districtRefJson(const AtlasData &data, Id districtId)
{
    const District *d = findDistrictById(data, districtId);
    return {{QStringLiteral("key"), d ? d->displayKey() : QString()},
            {QStringLiteral("name"), d ? d->name : QString()},
            {QStringLiteral("county"), d ? d->county : QString()}};
}

int runSuggest(const Invocation &call)
{
    if (!call.has("--district"))
        return usageError(call.err, cliTr("suggest needs --district CODE"), &call.command);
    bool ok = true;
    const int top = call.has("--top") ? call.value("--top").toInt(&ok) : 10;
    if (!ok || top < 1)
        return usageError(
            call.err,
            cliTr("--top needs a whole number of at least 1, got “%1”").arg(call.value("--top")),
            &call.command);
    MatchAtlas atlas;
    if (auto failed = openMatchAtlas(call, AtlasStore::Access::ReadOnly, atlas))
        return *failed;
    const District *district = matchFindDistrict(atlas.data, call.value("--district"));
    if (!district)
        return reportError(call.err, ExitUsage,
                           cliTr("no district with the CD code, key or name “%1” in “%2”")
                               .arg(call.value("--district"), nativePath(call.arguments.at(0))));
    if (!district->hasLocation())
        return reportError(call.err, ExitUsage,
                           cliTr("%1 has no office location, so no partner can be suggested by "
                                 "distance; add its latitude and longitude first")
                               .arg(district->name));
    const QList<Link> links = suggestPartners(atlas.data, district->id, top, atlas.settings);
    if (call.has("--json")) {
        QJsonArray array;
        for (const Link &link : links) {
            const Id other = link.districtA == district->id ? link.districtB : link.districtA;
            array.append(
                QJsonObject{{QStringLiteral("district"), districtRefJson(atlas.data, other)},
                            {QStringLiteral("score"), link.score},
                            {QStringLiteral("km"), link.km},
                            {QStringLiteral("summary"), link.summary()},
                            {QStringLiteral("reasons"), matchReasonsJson(link)}});
        }
        matchPrintJson(call.out, array);
        return ExitOk;
    }
    call.out << cliTr("Best partners for %1 within %2 km:")
                    .arg(districtLabel(atlas.data, district->id),
                         QString::number(qRound(atlas.settings.cutoffKm)))
             << '\n';
    if (links.isEmpty())
        call.out << "  " << cliTr("none: no district within the cut-off shares a need or strength")
                 << '\n';
    int rank = 0;
    for (const Link &link : links) {
        const Id other = link.districtA == district->id ? link.districtB : link.districtA;
        call.out << QStringLiteral("%1. ").arg(++rank, 2) << districtLabel(atlas.data, other)
                 << "  " << cliTr("score %1").arg(QString::number(link.score, 'f', 1)) << '\n'
                 << "    " << link.summary() << '\n';
    }
    return ExitOk;
}

int runGroups(const Invocation &call)
{
    bool ok = true;
    const int size = call.has("--size") ? call.value("--size").toInt(&ok) : 4;
    if (!ok || size < 2 || size > 8)
        return usageError(
            call.err,
            cliTr("--size needs a group size from 2 to 8, got “%1”").arg(call.value("--size")),
            &call.command);
    const double inclusion =
        call.has("--inclusion") ? call.value("--inclusion").toDouble(&ok) : 0.5;
    if (!ok || inclusion < 0 || inclusion > 1)
        return usageError(call.err,
                          cliTr("--inclusion needs a number from 0 to 1, got “%1”")
                              .arg(call.value("--inclusion")),
                          &call.command);
    MatchAtlas atlas;
    if (auto failed = openMatchAtlas(call, AtlasStore::Access::ReadOnly, atlas))
        return *failed;
    const AtlasData &data = atlas.data;
    if (call.has("--need")) {
        const QString need = call.value("--need");
        const bool known = std::any_of(data.needs.cbegin(), data.needs.cend(),
                                       [&need](const NeedTag &n) { return n.tag == need; });
        if (!known)
            return reportError(call.err, ExitUsage,
                               cliTr("“%1” is not a need in “%2”; run “list %2 needs”")
                                   .arg(need, nativePath(call.arguments.at(0))));
        const QList<GroupCandidate> groups = candidateGroups(data, need, size, atlas.settings);
        if (call.has("--json")) {
            QJsonArray array;
            for (const GroupCandidate &group : groups)
                array.append(matchGroupJson(data, group));
            matchPrintJson(call.out, array);
            return ExitOk;
        }
        call.out << cliTr("Candidate groups of %1 for %2:").arg(QString::number(size), need)
                 << '\n';
        if (groups.isEmpty())
            call.out << "  " << cliTr("none: too few districts with this need close together")
                     << '\n';
        int number = 0;
        for (const GroupCandidate &group : groups)
            matchPrintGroup(call.out, data, ++number, group);
        return ExitOk;
    }
    const Proposal proposal = proposePartnerships(data, size, inclusion, atlas.settings);
    if (call.has("--json")) {
        QJsonArray groups;
        for (const GroupCandidate &group : proposal.groups)
            groups.append(matchGroupJson(data, group));
        QJsonArray unplaced;
        for (const Proposal::Unplaced &u : proposal.unplaced)
            unplaced.append(
                QJsonObject{{QStringLiteral("district"), districtRefJson(data, u.districtId)},
                            {QStringLiteral("reason"), u.reason}});
        matchPrintJson(call.out, QJsonObject{{QStringLiteral("groups"), groups},
                                             {QStringLiteral("unplaced"), unplaced}});
        return ExitOk;
    }
    call.out << cliTr("Proposed partnerships of about %1 for the volunteers without one "
                      "(inclusion %2):")
                    .arg(QString::number(size), QString::number(inclusion))
             << '\n';
    int number = 0;
    for (const GroupCandidate &group : proposal.groups)
        matchPrintGroup(call.out, data, ++number, group);
    if (!proposal.unplaced.isEmpty()) {
        call.out << cliTr("Not placed:") << '\n';
        for (const Proposal::Unplaced &u : proposal.unplaced)
            call.out << "  " << districtLabel(data, u.districtId) << ": " << u.reason << '\n';
    }
    return ExitOk;
}

int runClusters(const Invocation &call)
{
    MatchAtlas atlas;
    if (auto failed = openMatchAtlas(call, AtlasStore::Access::ReadOnly, atlas))
        return *failed;
    const LinkGraph graph = LinkGraph::build(atlas.data, atlas.settings, LinkGraph::Reasons::Omit);
    const Clustering clustering = findClusters(atlas.data, graph);
    if (call.has("--json")) {
        QJsonArray clusters;
        for (const Cluster &cluster : clustering.clusters) {
            QJsonArray members;
            for (Id id : cluster.districts)
                members.append(districtRefJson(atlas.data, id));
            clusters.append(QJsonObject{
                {QStringLiteral("id"), cluster.id},
                {QStringLiteral("label"), cluster.label},
                {QStringLiteral("counties"), QJsonArray::fromStringList(cluster.counties)},
                {QStringLiteral("districts"), members}});
        }
        matchPrintJson(call.out, QJsonObject{{QStringLiteral("method"), clustering.method},
                                             {QStringLiteral("modularity"), clustering.modularity},
                                             {QStringLiteral("links"), int(graph.links().size())},
                                             {QStringLiteral("clusters"), clusters}});
        return ExitOk;
    }
    call.out << clustering.method << '\n'
             << cliTr("%1 clusters from %2 links, modularity %3")
                    .arg(QString::number(clustering.clusters.size()),
                         QString::number(graph.links().size()),
                         QString::number(clustering.modularity, 'f', 3))
             << "\n\n";
    for (const Cluster &cluster : clustering.clusters) {
        QStringList names;
        for (Id id : cluster.districts)
            if (const District *d = findDistrictById(atlas.data, id))
                names << d->name;
        const QString count = cluster.districts.size() == 1
                                  ? cliTr("1 district")
                                  : cliTr("%1 districts").arg(cluster.districts.size());
        call.out << QStringLiteral("%1 (%2): %3")
                        .arg(cluster.label, count, names.join(QStringLiteral(", ")))
                 << '\n';
    }
    return ExitOk;
}

int runNetwork(const Invocation &call)
{
    MatchAtlas atlas;
    if (auto failed = openMatchAtlas(call, AtlasStore::Access::ReadOnly, atlas))
        return *failed;
    const NetworkReport report = analyzeNetwork(atlas.data, atlas.settings);
    const AtlasData &data = atlas.data;
    if (call.has("--json")) {
        QJsonArray bridges;
        for (const NetworkReport::Bridge &b : report.bridges)
            bridges.append(QJsonObject{
                {QStringLiteral("district"), districtRefJson(data, b.districtId)},
                {QStringLiteral("betweenness"), b.betweenness},
                {QStringLiteral("partnerships"), QJsonArray::fromStringList(b.partnerships)}});
        QJsonArray isolated;
        for (Id id : report.isolatedVolunteers)
            isolated.append(districtRefJson(data, id));
        QJsonArray gaps;
        for (const NetworkReport::Gap &g : report.gaps)
            gaps.append(
                QJsonObject{{QStringLiteral("need"), g.need},
                            {QStringLiteral("district"), districtRefJson(data, g.districtId)},
                            {QStringLiteral("reason"), g.reason}});
        matchPrintJson(call.out,
                       QJsonObject{{QStringLiteral("bridges"), bridges},
                                   {QStringLiteral("components"), int(report.components.size())},
                                   {QStringLiteral("isolatedVolunteers"), isolated},
                                   {QStringLiteral("gaps"), gaps}});
        return ExitOk;
    }
    call.out << cliTr("Districts that bridge partnerships:") << '\n';
    for (const NetworkReport::Bridge &b : report.bridges)
        call.out << "  " << districtLabel(data, b.districtId) << "  "
                 << cliTr("betweenness %1, in %2")
                        .arg(QString::number(b.betweenness, 'f', 2),
                             b.partnerships.join(QStringLiteral(", ")))
                 << '\n';
    call.out << cliTr("Connected groups of partnered districts: %1").arg(report.components.size())
             << '\n'
             << cliTr("Isolated volunteers:") << '\n';
    for (Id id : report.isolatedVolunteers)
        call.out << "  " << districtLabel(data, id) << '\n';
    call.out << cliTr("Gaps:") << '\n';
    for (const NetworkReport::Gap &g : report.gaps)
        call.out << "  " << districtLabel(data, g.districtId) << ": " << g.reason << '\n';
    return ExitOk;
}

} // namespace pa::cli
