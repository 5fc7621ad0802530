#pragma once
// The contract of a fuzz target: LLVMFuzzerTestOneInput must never crash, hang or leak for
// any input; fuzzSeeds() returns valid inputs to mutate in the regression run.
#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
QList<QByteArray> fuzzSeeds();
