#include "demo/DemoNames.h"
