#pragma once

#include <Qt>

namespace pa {

// Item data roles shared by the models, their proxies and the views, so a view or a test can
// ask any model of ours for the id behind a row or the value to sort by.
enum ModelRole : int {
    IdRole = Qt::UserRole, // qint64: the district, facilitator, partnership or membership id
    SortRole,              // the value to sort by (numbers as numbers)
    SearchRole,            // the text a search field matches
    KindRole,              // PartnershipTreeModel: RowKind of the row
    PartnershipIdRole,     // PartnershipTreeModel: the partnership of the row
    DistrictIdRole,        // PartnershipTreeModel: the district of a member row
};

// What a row of the partnership tree shows.
enum class RowKind : int { Partnership, Member };

} // namespace pa
