#pragma once

namespace vangnet {

/// Registers the icons compiled into the (static) app library; call once after QApplication.
void initAppResources();

} // namespace vangnet
