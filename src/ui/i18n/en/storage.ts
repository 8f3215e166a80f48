/**
 * Safari on iPhone and iPad erases a site's saved data after seven days of Safari use without a
 * visit; a web app on the Home Screen keeps its own count (DESIGN.md, "Platform facts").
 */
export const storage = {
  safariTab: {
    heading: 'Safari can erase your notes after seven days',
    body: 'On iPhone and iPad, Safari deletes everything a website saved once you have used Safari for seven days without opening that website. For Terrarium, that means your journal, your session log and your notes.',
    homeScreen:
      'Terrarium on your Home Screen counts only the days you use it, so this should not happen there. To add it:',
    steps: [
      'In Safari, tap the Share button (a square with an arrow pointing up).',
      'Tap “Add to Home Screen”. You may need to scroll down to find it.',
      'Tap “Add”.',
      'From now on, open Terrarium from its icon on your Home Screen.',
    ],
    backup:
      'Before you switch, save a backup file (in “Privacy and settings”). You can restore it in the Home Screen copy. A backup file is also your only copy if Safari erases this one.',
  },
  homeScreen: {
    heading: 'You opened Terrarium from your Home Screen',
    body: 'Here, Terrarium counts only the days you use it, so Safari’s seven-day rule should not erase your notes. A backup file is still the safest copy.',
  },
};
