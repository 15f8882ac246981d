// Actor mentions: every noun phrase of a sentence that names a known actor,
// found by the same resolver the coder uses for sources and targets. Used for
// coverage figures (the share of sentences with a known actor) and for showing
// which actors a sentence names even when no verb pattern fired.
#pragma once

#include <vector>

#include "coding/dictionaries.h"
#include "parley/event.h"
#include "parley/sentence.h"

namespace parley {

// One EventActor per phrase head (conjuncts count once each), in text order.
// `date` is YYYYMMDD, 0 when unknown. New actors ("quoted" codes) are not made.
std::vector<EventActor> find_actor_mentions(const Sentence& sentence, const Dictionaries& dicts, int date);

}  // namespace parley
