import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { GatewayError } from '@libs/core';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { consoleCsp, loadConsoleAssets, type ConsoleAsset } from './console-assets';

/** What `GET /console/config.json` tells the console before anyone signs in: public values only. */
export interface ConsoleConfig {
  oidc: { issuer: string; clientId: string; scopes: string; audience: string } | null;
}

/** GET /console: the browser console's static files, each with the console's strict CSP. */
@Controller('console')
export class ConsoleAssetsController {
  private assets: Map<string, ConsoleAsset> | null = null;
  private readonly csp: string;
  private readonly config: ConsoleConfig;

  constructor(@Inject(APP_CONFIG) cfg: AppConfig) {
    const o = cfg.oidc;
    this.csp = consoleCsp(o?.issuerOrigin ?? null);
    this.config = { oidc: o ? { issuer: o.issuer, clientId: o.clientId, scopes: o.scopes, audience: o.audience } : null };
  }

  private send(res: Response, name: string): void {
    this.assets ??= loadConsoleAssets();
    const a = this.assets.get(name);
    if (!a) {
      if (name === 'index.html' || name === 'app/main.js')
        throw new GatewayError('not_found', 'The console is not built: run `npm run build:console` (npm install and npm start do it).');
      throw new GatewayError('not_found', 'No such console file.');
    }
    res.setHeader('content-security-policy', this.csp);
    res.setHeader('cache-control', 'no-cache');
    res.setHeader('referrer-policy', 'no-referrer');
    res.type(a.type).send(a.body);
  }

  @Get()
  index(@Res() res: Response): void {
    this.send(res, 'index.html');
  }

  /**
   * Unauthenticated (the sign-in page needs it): whether "Sign in with SSO" is offered, and the issuer,
   * client id, scopes and audience it uses. A public client has no secret, so there is none to leak.
   */
  @Get('config.json')
  configJson(@Res() res: Response): void {
    res.setHeader('cache-control', 'no-cache');
    res.json(this.config);
  }

  @Get('console.css')
  css(@Res() res: Response): void {
    this.send(res, 'console.css');
  }

  @Get('app/:file')
  app(@Param('file') file: string, @Res() res: Response): void {
    this.send(res, `app/${file}`);
  }

  @Get('vendor/:file')
  vendor(@Param('file') file: string, @Res() res: Response): void {
    this.send(res, `vendor/${file}`);
  }
}
