#pragma once

#include <QString>

namespace PaperSift {

/// One message of a chat completion: what the prompt builder makes and the chat client sends.
struct ChatMessage
{
    QString role; ///< "system", "user", "assistant"
    QString content;

    friend bool operator==(const ChatMessage &, const ChatMessage &) = default;
};

} // namespace PaperSift
