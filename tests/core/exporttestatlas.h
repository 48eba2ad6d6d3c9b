#pragma once

// The atlas the export suites write out: the demo atlas with a district whose name needs
// escaping in every format, contact details that must stay out unless asked for, a
// one-member partnership (its outline is a buffer) and a partnership whose only member has no
// office location (it has no outline).

#include "demo/demoatlas.h"
#include "store/atlasstore.h"

#include <QString>

namespace pa::exporttest {

// In XML, JSON, CSV and DOT alike this needs escaping: & < > " , and non-ASCII letters.
inline const QString trickyName = QStringLiteral("Peñasco & \"Río\" <Unified>, North");
inline const QString trickyPartnership = QStringLiteral("SCALE Up & \"Friends\", <West>");
inline const QString trickyCdCode = QStringLiteral("1062166"); // Fresno Unified in the demo

// Contact values that must appear in no export without --contacts.
inline const QString secretSuperintendent = QStringLiteral("Dana Secretsuper");
inline const QString secretDistrictEmail = QStringLiteral("dana.secret@district.example.org");
inline const QString secretLeadEmail = QStringLiteral("lead.secret@district.example.org");
inline const QString secretPhone = QStringLiteral("+1 555 0199 7777");
inline const QString secretFacilitatorEmail = QStringLiteral("fac.secret@partners.example.org");
inline const QString secretFacilitatorContact = QStringLiteral("Robin Secretcontact");

inline const QString soloPartnership = QStringLiteral("Solo Pact");
inline const QString ghostPartnership = QStringLiteral("Ghost Pact");

// Creates the atlas at path.
inline void createExportTestAtlas(const QString &path)
{
    demo::createDemoAtlas(path);
    const auto store = AtlasStore::open(path);
    store->catchUp(); // what is read below is what the edits are based on
    const AtlasData data = store->loadAll();
    store->write([&] {
        for (District d : data.districts) {
            if (d.cdCode == trickyCdCode) {
                d.name = trickyName;
                d.superintendent = secretSuperintendent;
                d.superintendentEmail = secretDistrictEmail;
                d.leadEmail = secretLeadEmail;
                d.phone = secretPhone;
                store->updateDistrict(d);
            }
        }
        Facilitator f = data.facilitators.first();
        f.email = secretFacilitatorEmail;
        f.contactName = secretFacilitatorContact;
        store->updateFacilitator(f);
        for (Partnership p : data.partnerships)
            if (p.name == QLatin1String("SCALE Up")) {
                p.name = trickyPartnership;
                store->updatePartnership(p);
            }

        Partnership solo;
        solo.name = soloPartnership;
        solo.status = PartnershipStatus::Forming;
        store->insertPartnership(solo);
        Membership soloMember;
        soloMember.partnershipId = solo.id;
        soloMember.districtId = data.districts.last().id;
        store->insertMembership(soloMember);

        District nowhere;
        nowhere.externalKey = QStringLiteral("NV:Nowhere");
        nowhere.state = QStringLiteral("NV");
        nowhere.name = QStringLiteral("Nowhere Unified");
        store->insertDistrict(nowhere);
        Partnership ghost;
        ghost.name = ghostPartnership;
        store->insertPartnership(ghost);
        Membership ghostMember;
        ghostMember.partnershipId = ghost.id;
        ghostMember.districtId = nowhere.id;
        store->insertMembership(ghostMember);
    });
}

} // namespace pa::exporttest
