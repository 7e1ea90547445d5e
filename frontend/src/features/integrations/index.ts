export { IntegrationLogPage } from './components/IntegrationLogPage';
