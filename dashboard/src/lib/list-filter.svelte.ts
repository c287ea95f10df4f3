/** The side panel's filter, shared by the presence counts (click to filter) and the list. */
import type { DeviceFilter } from './device-filter.js';
import type { Presence } from './types.js';

export class ListFilter implements DeviceFilter {
  text = $state('');
  kind = $state<DeviceFilter['kind']>('all');
  presence = $state<DeviceFilter['presence']>('all');

  togglePresence(presence: Presence): void {
    this.presence = this.presence === presence ? 'all' : presence;
  }
}
