export * from './levensloop/levensloop';
export * from './levensloop/levensloop.types';
export * from './weigering/weigeringen';
export * from './persoonsgegevens/persoonsgegevens.rules';
export * from './onderdrukking/getal';
export * from './onderdrukking/onderdrukking';
export * from './termijn/werkdagen';
