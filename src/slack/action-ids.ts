// The action_id of every button the Slack integration puts in a message.

/** "Share in channel" under a private /mandate card; value: the study group ("17", "TSAG"). */
export const SHARE_MANDATE = 'share_mandate';
/** "Share in channel" under a private /wtsa answer; value: the answer's cache key. */
export const SHARE_ANSWER = 'share_answer';
/** 👍 under an answer; value: the answer's cache key. */
export const FEEDBACK_UP = 'feedback_up';
/** 👎 under an answer; value: the answer's cache key. */
export const FEEDBACK_DOWN = 'feedback_down';
