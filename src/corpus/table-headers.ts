// The lines that open the trailing tables, shared by the splitter (where a table starts) and the table parsers.

/** The WTSA-24 actions table's header row. */
export const ACTIONS_HEADER = /^编号\s+行动$/;
/** The chairs and vice-chairs table's header row. */
export const LEADERSHIP_HEADER = /^组\s+名单\s+成员国$/;
/** A study group's section of the Question lists ("3 第17研究组"), the group's heading captured. */
export const QUESTIONS_SECTION = /^\d+\s+(第(\d+)研究组)$/;
