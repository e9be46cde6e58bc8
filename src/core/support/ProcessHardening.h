#pragma once

namespace vangnet {

/// In release builds: no core dumps (a dump of a running Vangnet would hold the data key and
/// whatever personal data was on screen) and no ptrace attach by other processes of the same
/// user. Debug builds keep both, for developers. Call first thing in main().
void hardenProcess();

} // namespace vangnet
