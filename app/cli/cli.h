// downsample-lab-cli: the headless twin of the GUI, driving the same core.
// runCli() is the whole program (main() only forwards), so tests can call it in-process.
// Exit status: 0 success; 1 an input file is unreadable or malformed, or an output could not be
// written; 2 bad usage or parameters.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace dsl::cli {

int runCli(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

} // namespace dsl::cli
