import { x } from '@app/event-store';
import { y } from './other.js';
console.log(x, y);
