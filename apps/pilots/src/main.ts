import { runService } from '@koers/bootstrap';
import { pilots } from './pilots.service-definition';

void runService(pilots);
