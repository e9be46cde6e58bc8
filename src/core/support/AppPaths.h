#pragma once

#include <QString>

namespace vangnet::paths {

/// Sets organisation and application name, so the GUI and the CLI share one data directory
/// and one settings file. Call right after constructing the Q(Core)Application.
void applyApplicationIdentity();

/// The user's Vangnet data directory (created when missing).
QString dataDirectory();

/// The demo database the GUI opens (and creates on first run) when no other is given.
QString defaultDemoDatabase();

/// The database chosen in the settings ("database/location"), or empty.
QString configuredDatabase();

/// Number of households the first-run demo database gets.
constexpr int defaultDemoHouseholds = 5000;

} // namespace vangnet::paths
