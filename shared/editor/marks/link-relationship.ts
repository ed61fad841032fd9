/** Every link Copydesk renders carries this `rel`; `target` is never rendered. */
export const linkRelationship = 'noopener noreferrer nofollow';
