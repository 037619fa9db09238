"""LangChain has no wire format of its own: in place of a server, a chat model written against
``BaseChatModel`` the way provider integrations are, replying from a script (usage, finish reason
and model name in the message metadata, a native async path, a chunked stream whose last chunk
says why it stopped, an error at a chosen chunk)."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult

from servers.base import GERMAN


class Overloaded(Exception):
    """What a provider integration raises when the server gives up."""


class ScriptedChatModel(BaseChatModel):
    """A chat model written like a LangChain integration: usage, finish reason and model name in
    the message metadata, a native async path and a chunked stream whose last chunk says why it
    stopped."""

    model: str = "support-bot-1"
    reply: str = GERMAN
    finish_reason: str = "stop"
    usage: tuple[int, int] | None = (21, 13)
    tool_calls: list[dict[str, Any]] = []
    delay: float = 0.0
    fail_at_chunk: int | None = None

    @property
    def _llm_type(self) -> str:
        return "scripted"

    def _metadata(self) -> dict[str, Any]:
        return {"finish_reason": self.finish_reason, "model_name": "support-bot-1-2025-06"}

    def _usage(self) -> Any:
        if self.usage is None:
            return None
        return {
            "input_tokens": self.usage[0],
            "output_tokens": self.usage[1],
            "total_tokens": sum(self.usage),
            "input_token_details": {"cache_read": 3},
        }

    def _generate(self, messages, stop=None, run_manager=None, **kwargs):
        message = AIMessage(
            content=self.reply,
            id="resp-42",
            response_metadata=self._metadata(),
            usage_metadata=self._usage(),
            tool_calls=self.tool_calls,
        )
        return ChatResult(generations=[ChatGeneration(message=message)])

    async def _agenerate(self, messages, stop=None, run_manager=None, **kwargs):
        return self._generate(messages, stop=stop, **kwargs)

    def _chunks(self):
        words = [w + " " for w in self.reply.split(" ")]
        words[-1] = words[-1].rstrip()
        for word in words:
            yield AIMessageChunk(content=word, id="resp-42")
        yield AIMessageChunk(
            content="",
            id="resp-42",
            response_metadata=self._metadata(),
            usage_metadata=self._usage(),
            chunk_position="last",
        )

    def _stream(self, messages, stop=None, run_manager=None, **kwargs):
        for index, chunk in enumerate(self._chunks()):
            if index == self.fail_at_chunk:
                raise Overloaded("the model is overloaded")
            if self.delay:
                time.sleep(self.delay)
            yield ChatGenerationChunk(message=chunk)

    async def _astream(self, messages, stop=None, run_manager=None, **kwargs):
        for index, chunk in enumerate(self._chunks()):
            if index == self.fail_at_chunk:
                raise Overloaded("the model is overloaded")
            if self.delay:
                await asyncio.sleep(self.delay)
            yield ChatGenerationChunk(message=chunk)
