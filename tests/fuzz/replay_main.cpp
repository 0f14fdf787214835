// Runs a fuzz target's entry point over files and directories (corpora, regression files)
// without libFuzzer, so the GCC build and CI replay every finding and seed on each test run.
#include "fuzz_common.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <vector>

namespace fs = std::filesystem;

int main(int argc, char **argv)
{
    std::size_t count = 0;
    auto run = [&](const fs::path &file) {
        std::ifstream in(file, std::ios::binary);
        std::vector<std::uint8_t> bytes(
            (std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        LLVMFuzzerTestOneInput(bytes.data(), bytes.size());
        ++count;
    };
    for (int i = 1; i < argc; ++i) {
        const fs::path p(argv[i]);
        if (fs::is_directory(p)) {
            for (const auto &entry : fs::recursive_directory_iterator(p))
                if (entry.is_regular_file())
                    run(entry.path());
        } else if (fs::is_regular_file(p)) {
            run(p);
        } else {
            std::cerr << "no such file or directory: " << p << '\n';
            return 2;
        }
    }
    std::cout << "replayed " << count << " inputs\n";
    return count > 0 ? 0 : 1;
}
