export { ApiKeysAdmin } from './components/api-keys-admin';
