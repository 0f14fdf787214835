# Project-wide warning flags, applied per target so third-party headers stay quiet (SYSTEM).
function(dsl_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wshadow -Wnon-virtual-dtor
                                             -Woverloaded-virtual -Wsuggest-override)
    if(DSL_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# Methods register themselves from static initialisers, so every object of core must be linked.
function(dsl_link_core target)
    target_link_libraries(${target} PRIVATE dsl::core)
endfunction()
