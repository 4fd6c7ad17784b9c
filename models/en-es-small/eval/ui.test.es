Insertar imagen
Cargar documento
mostrar notaciones estándar IETF al verificar firmas
está entre
Preguntar antes de sobrescribir
-R, -r, --recursive copia directorios recursivamente --reflink[=CUÁNDO] controla copias clonadas/CoW. Ver más abajo. --remove-destination borra cada fichero de destino que exista antes de intentar abrirlo (compárese con --force).
Postal antigua
Pista previa
Herramienta de rutas: crear y editar rutas
Título vertical y texto vertical
¿Confirma que quiere eliminar los datos seleccionados?
eliminar paquetes redundantes, y ejecutar git-prune-packed
incluir archivos no rastreados en el stash
Eliminar contenido de celda
Actualizando flags del índice
q = salir
Activar ajuste
login: petición abortada por PAM
(obligatorio)
Normativas de Ganancias Predeterminada
Anchura de cada elemento
Permitir la ejecución de programas a usuarios no conectados
Ver bloque de dirección anterior
Trabajo
Indica si se deben notificar sólo los mensajes en la carpeta bandeja de entrada.
Paquetes en el fichero «override» pero no en el archivo:
Pulse para poner punto B
La versión requerida de LibreOffice no es la indicada:
centro de rotación del objeto
Grueso-delgado, espacio grande
Edición y deshabilitación de menús
La última lista de módulos no puede ser eliminada
Arriba izquierda
--merge-base solo funciona con dos commits
Cotejar transacciones existentes
No se pudo leer el índice
Añade un efecto de grabado transparente con línea dura y relleno
Confirmar estas Condiciones de Cargo Pendiente
Usar archivo de subtítulos
Importar todas las columnas a la derecha
Mapas
Especifique la configuración de hasta tres grupos de subtotales. Cada pestaña tiene la misma disposición.
Imprimiendo 10
No se ha seleccionado ninguna aplicación
Caleidoscopio
Mostrar Flujo Neto
Argumento usado para ejecutar programas en la terminal definidos por la clave «exec». OBSOLETO: esta clave está obsoleta y se ignorará. La terminal predeterminada y cómo se invoca se maneja en GIO.
programa intérprete
La imagen sobre la que se usará para mezclar
Convierte una cita en una reunión
El punto origen es la esquina inferior izquierda de la página.
Enviar situación al solucionador
Portada
Europa occidental (Windows-1252/WinLatin 1)
Desde base de datos
Propiedades CSS del original que el clon debería copiar, escritos como una lista separada por comas, por ejemplo: «fill, filter, opacity».
Reproducir y detener
Enviar / Recibir
Tomar otra cuenta
Tiene que introducir al menos una ruta, no se admiten marcadores vacíos.
El nombre del dispositivo se usa para identificarlo cuando se ve en la red o al emparejar dispositivos Bluetooth.
-h-tick-hex admite contantes hex estilo H'00
Ignorar formato entrante
Incluye estilos de borde en el estilo de tabla seleccionado.
Columnas de ventas individuales
Temas avanzados de Inkscape
Abre el cuadro de diálogo Seleccionar ruta para seleccionar otra carpeta o el cuadro de diálogo Abrir para seleccionar otro archivo.
Ajustar licencia
Identificación de imagen: (mayor: 200, menor: 5)
-i, --ignore-errors No se toman en cuenta los errores provenientes de las instrucciones.
Por favor, introduzca su dirección IP externa
Desmarca la selección y deselecciona todas las cuentas.
No autorizado para cambiar la configuración de depuración
-z lazy Señala enlace perezoso de objetos en tiempo de ejecución (opción predefinida)
Ignorar paginador
Falló la consulta al directorio
antiguo
Seleccione el campo de datos por el cual se han de ordenar las columnas o las filas.
Color carmesí
Color de línea
Entrada de vídeo digital (FireWire/ieee1394)
Cuenta Para:
4 flechas
Dispersión de precios
Unión de tipo inglete
Presupuesto para utilizar cuando no se haya especificado de otra cosa.
Operación de GEGL
Máximo tamaño GOP
No se puede iniciar la impresora. Compruebe la configuración.
Ajustar a la rejilla de manera predeterminada en las ventanas de imágenes nuevas.
Secretario
No añadir puntos de referencia dentro-fuera
Error al eliminar la lista
Regresión lineal
Sintaxis no válida en el modo de direccionamiento Externo
Abortando.
-Q se descarta -V escribe el número de versión del ensamblador -k descartado
definición errónea de transformación; al menos uno de trffromsql y trftosql debe ser distinto de cero
Coincide el certificado.
Elimina automáticamente todos los paquetes sin utilizar
no es un error
Frecuencias
línea de órdenes modificada
sin cambios
Obtener tipos de elemento
Transformación recursiva:
Observe que algunas bases de datos pueden no admitir este tipo de combinación.
Bloq Mayús usa la capitalización interna; Mayús no afecta a Bloq Mayús
Escriba en este campo su cargo dentro de la empresa.
Abrir Fuentes SVG
Nombre de la impresora
Variables aleatorias correlacionadas
confirmar
Estilo de la unión
Para cambiar la configuración de la fecha o de la hora, debe autenticarse.
Guías predet.:
No es una expresión simbólica
Suprimir toda salida normal
Salida de emisión
Selección de salida:
Establece el volumen de una o más pistas
Esta clave sobrescribe la ocultación automática del icono de estado del Acceso universal cuando no se han activado características de accesibilidad.
Desactivar distinción de mayúsculas y minúsculas para interoperatividad con Microsoft Excel
Incluye un retraso en la muestra de la emisión.
falló de escritura
Asegurarse que las columnas son lo suficientemente anchas para mostrar el contenido de la selección
Micrófono está apagado
espectro.txt
Datos de JSON vacíos
Calidad baja
hoja de cálculo de LibreOffice Calc
excluye los directorios que contienen CACHEDIR.TAG
nuestra Política de Privacidad
Posición del panel de vista previa de contactos cuando está orientado verticalmente.
Confirmar transformación
Importar datos de muestra
Imagen no adecuada para esta decomposición
fin del control del diálogo
Total/Tiempo restante
Agrega el elemento a la lista.
Desenfoque y opacidad
Ángulo cónico:
Cerca de eje (al otro lado)
Blin (Bilin)
Asistente de acciones
Informar de movimientos y renombrados como simples eventos de eliminación/creación
Color de los enlaces no visitados
[entrada y salida]
Nombre de usuario copiado
Cambio de nombre de rama fallido
Versión: 678
hh:mm:ss + cuadros PAL (25 fps)
Replicar selección del degradado
Decodificador de subtítulos EBU STL
Intercambiar relleno y borde de un objeto
Cambios fuera del área de stage tras el reset:
Cuentas Destino
, reubicable
Digitaliza y muestra el documento en el área de previsualización.
Mapa de colores malo
Controla la visibilidad del menú de selección de capas en la barra de estado.
Reemplazar RGB por cualquier color
--no-subscriptions no restaurar suscripciones
La cantidad de fuerza que ejerce la pluma en gramos, ponga 0 para omitir el comando; la mayoría de plóters ignora este ajuste (Predet. 0)
La tecla Intro mueve la selección hacia:
-w, --with-workers muestra los trabajadores del núcleo también
Abrir dirección
Alt+Mayús
El propietario ha muerto
En el caso de los vídeos, por ahora solo se admiten los formatos contenedores WebM y Matroska (.mkv). La extensión de archivo del vídeo al que se hace referencia no corresponde a ninguno de esos formatos.
Se admiten las siguientes opciones de desensamblador específicas de PPC con el interruptor -M:
Radio del borde:
Configuración de usuario
Lineal ascendente
Muestra una previsualización de la plantilla con los datos del bloque de direcciones.
Listar las acciones disponibles
Crea una imagen aproximada semitransparente y colorizable de los niveles de saturación
No se puede especificar más de una opción `-Acdtrux', '--delete' o '--test-label'
Audacity no ha podido bloquear la carpeta de archivos temporales. Esta carpeta puede estar siendo utilizada por otra copia de Audacity.
Otro servicio CMIS
Suave
Codificación de dirección FDE:
Estilo:
documento ODA
Hay disponibles algunas operaciones predefinidas que la mayoría de los usuarios prefieren tenerlas al iniciar GnuCash. Seleccione una de estas operaciones predefinidas desde abajo y pulse el botón Aceptar o pulse el botón Cancelar si no quiere realizar ninguna de ellas.
Nombre Societario
la asignación de memoria falló
Importar datos
fin de fichero prematuro (en el cierre)
-warn-unmatched-high avisa cundo una reubicación (s)high no tiene una reubicación low correspondiente
¿Habilitar este complemento?
Letón (F)
Añadir salto de página de columna
al preparar la salida
Anchura de página
El objeto de vectores 5 no contiene un trazo con el ID 59364
Aplique sombreado Gouraud si está marcado, o sombreado plano si está sin marcar.
Calidad de JPEG
Crear a partir de estos objetos
Activa la función de visualización automática.
Importar lista de reproducción DVB
Añadir transformación
Falló la creación del archivo de respaldo
Editar trayectos de recorte
(Plantilla sin nombre)
no admitida reubicación/sae estática
Error al leer la información del bloque
no tiene permisos para realizar esta acción
Unidad de Mercados de Bonos Unidad de cuenta europea 9 (E.U.A.-9)
Fondo: omitir siguiente color del mapa de colores
El idioma que atribuir en el texto al Responder y Reenviar
Para convertir una fórmula en valores estáticos no hace falta copipegar: utilice Datos ▸ Calcular ▸ Fórmula en valor.
-B, --always-make Hace incondicionalmente todos los objetivos.
Dibujar en GIMP
Añadir / transformar
GREG como expresión muy complicada
crea una firma
Envía el argumento al último plugin cargado
Importar exportar
/Conversación/Obtener información
Tamaño de marco
Pulse y arrastre para rotar y escalar
Cabecera de código fuente en C
No se pudo resolver el nombre del servidor.
Muestra la sección o el objeto al que el enlace hace referencia en el archivo de origen. Si así lo desea, puede introducir aquí otra sección u objeto.
Selecciona el modo en que opera BibleSync
Ordenar tabla
Cuando el estado no sea especificado en un fichero QIF, las transacciones se marcan como no punteadas.
Determina la configuración para publicar documentos de Draw o Impress en formato HTML.
Abre el diálogo Nuevo bloque de direcciones, en el que se puede definir un diseño de bloque de direcciones nuevo.
No disponible
2G (preferido), 3G, 4G
Evitar que los nuevos dispositivos USB interactúen con el sistema cuando la pantalla está bloqueada.
Venta
Muestra el Color de Cuenta como fondo
Ángulo de rotación
Arrastre para seleccionar objeto para edición, pulse para editar este objeto (más: Mayús)
tamaño equivocado 203 en el especificador de tipo
No enlista las secciones sin uso borradas
-E, --encoding=CODIF extrae los datos con la codificación CODIF
none no se autoescala; los sufijos provocan un error
Emisión en web
Último estilo utilizado
De&sde inicio hasta cursor
Está respondiendo a un correo-e que llegó a través de una lista de correo, pero está respondiendo de forma privada al remitente, no a la lista. ¿Está seguro de que quiere proceder?
Punto de control de grosor de trazo: arrastrar para alterar el grosor del trazo. Ctrl+clic añade un punto de control, Ctrl+Alt+clic lo elimina, Mayús+clic muestra diálogo de anchura.
Longitud de la barra:
Rayas 1:5 blanco
Tono/Tempo
no se puede finalizar pack-objects para reempaquetar objetos promisores
-s, --short nombre de corto de la máquina
expresión inmediata FPA no válida
lo mismo que `--radix=8'
Intervalo numérico
restaura el valor de un parámetro de configuración al valor inicial
Imagen PNM
Devuelve la matriz unitaria (con el mismo número de filas y columnas) de un tamaño determinado.
Ajusta la cantidad de elementos esparcidos por cada clic.
Ángulo de valor de cota
No se definió el flujo de entrada.
El número interno de la fecha.
: operando TLS no puede ser una constante
Anexar datos
restaurar sin guardar
vídeo SGI
Colorimetría relativa
Calcula la varianza a partir de la población total. El texto se valorará como cero.
realloc: se llamó con un argumento de bloque sin asignar
Alfa:
Pregunta
SPECIAL como constantes no son implementados
Fallo al leer las cabeceras del archivo
Obtener información
Cuerpo de commit es:
Valor de transferencia de cuenta no puede ser redistribuido a una cuenta.
Peso de letra
Termina una biblioteca
Editar la barra de herramientas
Guardar como borrador
No se puede seleccionar con precisión
No existe el fichero remoto -- ¡¡¡enlace roto!!!
El mejor rendimiento
Curtosis
Dram armenio
Error en la sintaxis SQL
no se pudo leer el archivo rc
El cuadro de diálogo Combinar correspondencia le ayuda a imprimir y guardar cartas modelo.
Para aplicar Ecualización todas las pistas seleccionadas deben tener la misma frecuencia de muestreo.
3º lun
Maniqueo
imprimir contenido del tag
Salida de emisión de Chromecast
Elevación:
MODA.UNO
Reproducir favorito 7 de la lista de reproducción
Buscar en descripción
Fallo temporal en la resolución de nombres
Número de casilla
Colores del tema
Entero uniforme
Con el primer detalle
tipo reubicado de 18-bit inesperado
-o FICHOBJ nombra la salida del objeto fichero FICHOBJ (por defecto a.out)
ISO-8859-10 (nórdico)
cifra sólo con un cifrado simétrico
crea un clon superficial truncado al número especificado de revisiones
Una página
No se pudo obtener el texto seleccionado.
La capa no puede bajarse más.
Estilo de ejemplo ui-state-error.
Forma del pincel (editor): usar circular
sí mismo
La rueda del ratón vertical (arriba/abajo) puede controlar el volúmen, la posición o bien puede ser ignorada.
-l, --left-column muestra sólo la columna izquierda de líneas comunes
Licencia Apache, versión 2.0
Tirador
se debe especificar una ref de notas a fusionar
Ajustar el punto inicial para definir el ángulo de inicio
Ahora se puede importar y exportar BIGTIFF
Verde muy oscuro
Rotar una capa
Árabe (AZERTY)
borrar replace refs
Oscurecer sólo (her)
Dibujar un borde alrededor del lienzo
C&ifrado del cliente
A0 (Apaisado)
no se pudo terminar la transacción a la base de datos
Señal desconocida 2
Este efecto, también conocido como «pantalla verde» o «clave cromática» mezcla las «partes azules» de las imágenes en primer plano del mosaico con el fondo (como en las predicciones del tiempo). Puede seleccionar el color «clave» para mezclar (azul de forma predeterminada).
Falta la expresión
Esta extensión curva un patrón a lo largo de la curvatura de los objetos de trayecto seleccionados.
Esta relación ya existe. ¿Quiere editarla o crear otra?
Si no se especifica(n) fichero(s) de salida, se asume a.out
Activar semilla personalizada
Información de Garantía
Desplaza el elemento seleccionado hacia arriba en la lista.
inferior
Retirada de Fondos
Formato de salida
uso inconsistente de #~
Enviar informe de estadísticas de canciones reproducidas a Last.fm
Total Retención de Ganancias
Permite asignar una contraseña maestra para proteger el acceso a las contraseñas almacenadas.
No arreglar el espaciado de base de línea (pre-0.92) al abrir un archivo
la instrucción no permite un índice desplazado
Degradados
La opción de accesibilidad «Utilizar color de letra automático para la visualización en pantalla» está activada. No se están utilizando los atributos de color para mostrar el texto.
Editar atributos de capa
Como cotejar transacciones dentro de estos días
Escala de ampliación:
Nivel de Detalles
No se puede crear el proceso en el servidor
Opciones de reproducción
Protección de documento
Icono de la fila
Ventanas de imagen
Marque la casilla de verificación y seleccione el área de celdas en que desea ver el resultado de la aplicación del filtro.
Grabación programada
Igual que -d
El tipo de herramienta seleccionada rellena valores predeterminados apropiados. Puede cambiar estos valores mediante la herramienta de Texto más tarde. Se utilizará la herramienta superior (orden z) en la capa actual. Si no hay herramienta en la capa actual, se tomará la de la capa superior. Pulse Aplicar para crear una nueva herramienta.
Midi E/S
Sonido Dolby Surround
Muestra repetidamente una línea con todas las CADENA(s) especificadas, o 'y'.
Barra de fracciones
Editar este comprobante
Eliminar los ajustes seleccionados
Ir a la siguiente pestaña
fin de fichero inesperado antes del fin de la línea 1175
opciones NEWLINE inconsistentes
Su instalación de GIMP está incompleta:
Desplazamiento horizontal del anclaje
instrucción no acepta el direccionamiento preindizado
La aplicación ya no existe
inicializando
Formulario
Dientes del engranaje fijo
No permite versión sin uso dentro de guión
No se admite el tipo de certificado.
Mover objetos y referencias por crónica
Saurastra
Si el botón de conmutación debe estar pulsado o no
Establecer el contraste de imagen, entre 0 y 2. Predeterminado a 1.
datos en sección ejecutable
Idiomas romances
de 7 objetos
imagen de fax CCITT G3
Elementos de grupo
Modo de audio estéreo
Símbolos de leyenda
Grupo:
Indica si se omite el diálogo de advertencia en las versiones de desarrollo de Evolution.
Error en el manejo de la lista de direcciones.
Texto en dirección vertical.
Espaciado inferior
-t, --table='TABLA[(COLUMNAS)]' limpiar sólo esta(s) tabla(s)
-e necesita exactamente un argumento
República de Polonia
Fórmula de tabla errónea
Detalles sobre la actualización:
Conexión de control cerrada.
Indica si esta etiqueta afecta al sangrado
'git multi-pack-index expire' falló
Añade un polirelleno JavaScript para generar mallas en navegadores web
Error: desbordamiento de la fórmula
documento RAML
Indica si se prefiere el icono sobre el texto
Espaciado de división principal Y:
Devuelve el número de áreas que pertenecen a un área de celdas (múltiple).
-96 dB (rango PCM de muestras de 16 bits)
leer comandos de stdin
Aumentar o diminuir la ganancia (por defecto 1.0)
Intervalo en el eje Y (píxeles)
Establece el componente verde modificable en el control deslizante vertical, así como los componentes rojo y azul modificables en el campo bidimensional de selección de color. Se permiten valores entre 0 y 255.
Páginas por hoja
Nombre actual
Esparcir copias de la selección inicial
Quincenalmente
Longitud del ciclo de parpadeo del cursor, en milisegundos
Insertar texto automático
Utilice el URL de base, es decir, sin «/check» al final.
archivador shell
Indica si las notificaciones están activadas globalmente para esta aplicación.
Español (Macintosh)
Cambiar el contraste del azul
Elija una carpeta en la que guardar los mensajes enviados.
Umbral 9 dB
Equipo de Gnumeric
sufijo reubicable implementable
no se puede manipular un OP TYPE sin definir
Número de días que mantener la papelera y los archivos temporales
Escala aleatoria
Tiene dos opciones: - La interfaz se ajusta al tamaño nativo del vídeo - El vídeo se ajustará al tamaño de la interfaz De forma predeterminada, la interfaz se ajusta al tamaño nativo del vídeo.
Crear una carpeta nueva
Tercer nivel del esquema
Redimensionar una capa
Error de sintaxis en la línea 131. Ignorando.
dirección de rango no coincidente
Seleccione el nombre abreviado de un registro bibliográfico que quiera insertar.
Necesita autenticarse para cambiar la terminal virtual.
Escriba el término de búsqueda en el cuadro o selecciónelo de la lista.
Genera información indeclarada para PLT
Quita el código de referencia seleccionado de la línea Estructura.
Determina si se deben buscar direcciones para filtrar SPAM sólo en la libreta de direcciones local
tiempo de espera agotado
código fuente en C++
Reproducir un sonido
Indica si este texto está oculto.
Tamaño máximo para miniaturizar una imagen
Transmisión adaptativa dinámica para DASH/HLS
interpreta como página man
Devuelve la sumatoria de la suma de los cuadrados de dos matrices.
Asamés (as)
Mostrar HTML si está presente
Pulse «enter» para cerrar
El exportador GLPK no está disponible.
Periódicamente
Fuente...
Arte por
Este valor determina si se muestran los nombres de las hojas en las listas deshacer y rehacer.
Define si se muestran u ocultan los gráficos del documento.
Conector fuera de página
Introduzca la contraseña.
Editar detalles de transacciones importadas
Carpeta nueva...
Nombre de archivo de configuración en share/dvb/dvb-s.
Seleccionar todos los objetos
no se pudo obtener las credenciales SSPI
Índice de pantalla
No ha seleccionado ninguna cuenta.
Valor «V» para la clave de color de la bluescreen (en valores YUV). De 0 a 255. Predeterminado a 90 para azul.
Ir a la pestaña anterior
Rangos y percentiles...
Favoritos personalizados
Reiniciar el reflejo del lienzo
No mostrar ningún subtotal para las cuentas precedentes.
Gestión de ruta local:
Triste
Pos&ición almacenada del cursor
Formato de documento portable (*.pdf)
El arranque seguro evita que se cargue software malicioso cuando se inicia el dispositivo. Actualmente está activo y funcionando correctamente.
después del
No definir relleno
Insertar emoticono
falta un número hexadecimal en la secuencia de escape
Deshacer: Introducción de datos
IGU nueva del lienzo (lineas simples) para desenfoque circular, lineal y de movimiento por ampliación
Por defecto muchos usuarios deberían no incluir transacciones de cierres dentro de un comunicado transaccional. Las transacciones de cierre son transferencias desde cuentas de ingresos y gastos a patrimonio, y usualmente deben ser excluidos desde comunicados periódicos.
Ruta no válida
Herramienta de saneado: sanear irregularidades de la imagen
Opciones que controlan la seguridad
Mezclador de canal...
Gnumeric XML sin comprimir (*.xml)
Escriba el ángulo de giro de las líneas de la trama o pulse en una posición de la cuadrícula de ángulos.
actual
Limpiar la lista de áreas de origen
Origen y destino de la transmisión:
Bisector de ángulo
El archivo contiene caracteres no válidos codificados UTF-8 y se ha truncado
Fuerza la carga de imágenes en el correo HTML
