import type {ReactNode} from 'react';
import {HfWidgets} from './hf-widgets';

export default function RootLayout({children}: {children: ReactNode}) {
  return (
    <html lang="en">
      <body>
        <HfWidgets />
        {children}
      </body>
    </html>
  );
}
