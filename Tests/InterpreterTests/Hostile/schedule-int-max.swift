// An unbounded schedule: SIGSEGV.
// error: allocation of 9223372036854775807 elements exceeds the limit of 50000000
let r = LearningRateSchedule.constant.learningRates(initial: 1, epochs: Int.max)
