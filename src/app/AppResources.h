#pragma once

namespace vangnet {

/// Registers the icons compiled into the (static) app library and names the pop-up list of every
/// combo box for screen readers (an application-wide event filter); call after QApplication.
void initAppResources();

} // namespace vangnet
