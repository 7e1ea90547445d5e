export { DashboardsPage } from './components/DashboardsPage';
