// The action_id of every button the Slack integration puts in a message.

/** "Share in channel" under a private /mandate card; value: the study group ("17", "TSAG"). */
export const SHARE_MANDATE = 'share_mandate';
/** "Share in channel" under a private /wtsa answer; value: the answer's cache key. */
export const SHARE_ANSWER = 'share_answer';
/** 👍 under an answer; value: the answer's cache key. */
export const FEEDBACK_UP = 'feedback_up';
/** 👎 under an answer; value: the answer's cache key. */
export const FEEDBACK_DOWN = 'feedback_down';
/** Prefix of the 👎 reason buttons (shown after 👎): action_id "feedback_reason:<reason>"; value: the answer's id. */
export const FEEDBACK_REASON = 'feedback_reason';
/** "完整职责" on a mandate card: opens the full texts in a modal; value: the study group. */
export const FULL_MANDATE = 'full_mandate';

/** block_id of the block under an answer that holds the vote: the 👍/👎 buttons, the reasons, or the recorded vote. */
export const VOTE_BLOCK = 'answer_vote';
