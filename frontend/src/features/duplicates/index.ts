export { DuplicatesSection } from './components/DuplicatesSection';
export { DuplicateWarning } from './components/DuplicateWarning';
