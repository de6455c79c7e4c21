/** Fixed wording of the check's steps that belongs to no question or band. Ships in the island's first load. */

/** Under each step's heading: how to choose an answer other than the first with a keyboard. */
export const KEYBOARD_HINT =
  'Nothing is chosen for you. With a keyboard, Tab moves to the next question and the arrow keys move between its answers.';

/** The step's button once any answer is a red flag: the check ends, so there is no "Continue". */
export const STOP_BUTTON = 'See what to do now';
