// The public names of the people counts (人与人次): one person, several seats, listed one by one.
export {
  countPeople,
  type PeopleCount,
  type SeatsAndPeople,
} from './countPeople.js';
export {
  DUPLICATE_PERSON_REASONS,
  type DuplicatePersonReason,
  type LikelyDuplicatePerson,
  likelyDuplicatePeople,
} from './likelyDuplicatePeople.js';
export { safeCountPeople, safeLikelyDuplicatePeople } from './safePeople.js';
