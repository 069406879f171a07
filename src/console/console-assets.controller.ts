import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { GatewayError } from '@libs/core';
import { CONSOLE_CSP, loadConsoleAssets, type ConsoleAsset } from './console-assets';

/** GET /console: the browser console's static files, each with the console's strict CSP. */
@Controller('console')
export class ConsoleAssetsController {
  private assets: Map<string, ConsoleAsset> | null = null;

  private send(res: Response, name: string): void {
    this.assets ??= loadConsoleAssets();
    const a = this.assets.get(name);
    if (!a) {
      if (name === 'index.html' || name === 'app/main.js')
        throw new GatewayError('not_found', 'The console is not built: run `npm run build:console` (npm install and npm start do it).');
      throw new GatewayError('not_found', 'No such console file.');
    }
    res.setHeader('content-security-policy', CONSOLE_CSP);
    res.setHeader('cache-control', 'no-cache');
    res.setHeader('referrer-policy', 'no-referrer');
    res.type(a.type).send(a.body);
  }

  @Get()
  index(@Res() res: Response): void {
    this.send(res, 'index.html');
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
