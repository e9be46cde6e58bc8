#pragma once

#include "storage/Migration.h"

namespace vangnet::schema {

/// 20: closing a case and deciding a signal on its own (docs/cases.md, "Closing a case"): the
/// internal reason as a countable key beside the sealed text, and per signal the day its reported
/// status was decided and whether the caseworker decided it for that signal alone.
Migration closingReasons();

} // namespace vangnet::schema
