// Errors thrown by the core library.
// Every message names the file or parameter it is about, in one sentence a user understands;
// the GUI and the CLI show it as is. Cancelled is not an error: it unwinds a cancelled run.
#pragma once

#include <stdexcept>
#include <string>

namespace dsl {

enum class ErrorCode {
    InvalidArgument, // a parameter, shape or usage is wrong (CLI exit 2)
    UnreadableFile, // missing, unreadable, not a file we know (CLI exit 1)
    MalformedFile, // a known format whose content contradicts itself (CLI exit 1)
    ResourceLimit, // the declared size exceeds the memory budget (CLI exit 1)
    WriteFailed, // an export could not be written
    Internal,
};

class Error : public std::runtime_error
{
public:
    Error(ErrorCode code, const std::string &message)
        : std::runtime_error(message)
        , m_code(code)
    {
    }
    ErrorCode code() const { return m_code; }
    bool isInputProblem() const
    {
        return m_code == ErrorCode::UnreadableFile || m_code == ErrorCode::MalformedFile
            || m_code == ErrorCode::ResourceLimit;
    }

private:
    ErrorCode m_code;
};

struct Cancelled
{
};

} // namespace dsl
