#pragma once

#include <QString>

namespace pa {

class AtlasStore;

// The built-in demo atlas: the partnerships of the research brief (CORE, SCALE Up,
// Fresno-Long Beach, the Five District Partnership, the Ohio Appalachian Collaborative) with
// their real districts, facilitators, blueprints and a year of tracking, plus volunteer
// districts that are not in a partnership yet. Built from resources/demo/demo-atlas.json.
namespace demo {

// Fills an empty store with the demo content in one transaction. Throws StoreError.
void build(AtlasStore &store);

// Creates a new atlas file at path holding the demo. Throws StoreError (also if path exists).
void createDemoAtlas(const QString &path);

// Where the GUI keeps its copy of the demo atlas (in the user's data folder).
QString defaultDemoPath();

} // namespace demo
} // namespace pa
