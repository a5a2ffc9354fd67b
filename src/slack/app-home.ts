// The App Home tab: what the app does and the commands to try, published when a user opens it.
import type { App } from '@slack/bolt';
import { z } from 'zod';
import { homeView } from './help-messages.js';
import type { SlackContext } from './slack-context.js';

const HomeOpened = z.object({ user: z.string().regex(/^[UW][A-Z0-9]+$/), tab: z.string() });

/** Registers app_home_opened → views.publish of the home view. */
export function registerAppHome(app: App, ctx: SlackContext): void {
  app.event('app_home_opened', async ({ event, client }) => {
    const parsed = HomeOpened.safeParse(event);
    if (!parsed.success || parsed.data.tab !== 'home') return;
    await client.views.publish({ user_id: parsed.data.user, view: homeView(ctx.publicBaseUrl) });
  });
}
