// 2.3 GB, past the 50M-element cap.
// error: allocation of 60000000 elements exceeds the limit of 50000000
let r = LearningRateSchedule.constant.learningRates(initial: 1, epochs: 60_000_000)
