/**
 * Nouns that name what a device does rather than the device ("환기 좀 해 줄래?", "난방 해 줄 수 있어?"): with 하다
 * in a request ending they ask for the activity, even shaped as a question (activity-asked.ts, fixer fx34).
 */
export const ACTIVITY_NOUNS = ['환기', '난방', '냉방', '제습', '송풍', '공기청정'];
